/// Why an import was refused. The database is unchanged whenever one is thrown.
public enum ImportError: UserFacingError, Equatable {
  case cannotRead(path: String, reason: SystemReason)
  case csv(CSVError)
  case empty
  case unknownColumn(String, known: [String])
  case missingColumn(String)
  /// A header that names one column twice.
  case duplicateColumn(String)
  /// More bytes than an import reads (`CSVTable.maxFileBytes`).
  case tooLarge(path: String, limit: Int)
  case fieldCount(line: Int, expected: Int, found: Int)
  case field(line: Int, column: String, FieldError)
  case unknownAssociation(line: Int, name: String)
  /// The file's bytes are not text in an encoding skranke reads.
  case encoding(TextDecoding.Failure)
  /// The same name twice in one file: which one was meant?
  case duplicate(line: Int, firstLine: Int, name: String)
  /// Several lines failed: every one is named.
  case lines([ImportError])
  /// Target-group labels no rule could place, each once with its lines.
  case unplacedTargetGroups([UnplacedLabel])

  /// One failure as it is, several as `lines`.
  static func collect(_ failures: [ImportError]) -> ImportError {
    failures.count == 1 ? failures[0] : .lines(failures)
  }

  /// The first of a row's field errors (in its fields' order, as the
  /// file's columns are named), said for its line; nothing when none.
  static func refuse<Field: CaseIterable & Hashable & RawRepresentable<String>>(
    _ errors: [Field: FieldError], line: Int
  ) throws {
    guard let field = Field.allCases.first(where: { errors[$0] != nil }) else { return }
    throw ImportError.field(line: line, column: field.rawValue, errors[field]!)
  }

  /// How many failing lines are listed before "and N more".
  static let listed = 50

  public var line: Int? {
    switch self {
    case .csv(let error): return error.line
    case .unknownColumn, .missingColumn, .duplicateColumn: return 1
    case .fieldCount(let line, _, _), .field(let line, _, _), .unknownAssociation(let line, _),
      .duplicate(let line, _, _):
      return line
    case .encoding(let failure): return failure.line
    case .cannotRead, .tooLarge, .empty, .lines, .unplacedTargetGroups: return nil
    }
  }

  public func message(_ lang: Language) -> String {
    let nothing = lang.pick(" Intet er importeret.", " Nothing was imported.")
    guard case .lines(let failures) = self else { return located(lang) + nothing }
    var text =
      lang.pick(
        "\(failures.count) linjer har fejl.", "\(failures.count) lines have errors.") + nothing
    for failure in failures.prefix(Self.listed) { text += "\n  " + failure.located(lang) }
    if failures.count > Self.listed {
      text +=
        "\n  "
        + lang.pick(
          "… og \(failures.count - Self.listed) mere", "… and \(failures.count - Self.listed) more")
    }
    return text
  }

  private func located(_ lang: Language) -> String {
    var prefix = line.map { lang.pick("linje \($0): ", "line \($0): ") } ?? ""
    if case .encoding(let failure) = self {
      prefix = lang.pick(
        "linje \(failure.line), kolonne \(failure.column): ",
        "line \(failure.line), column \(failure.column): ")
    }
    return prefix + reason(lang)
  }

  private func reason(_ lang: Language) -> String {
    switch self {
    case .cannotRead(let path, let reason):
      return lang.pick(
        "kan ikke læse \(path): \(reason.text(lang)).", "cannot read \(path): \(reason.text(lang))."
      )
    case .csv(let error): return error.message(lang) + "."
    case .empty: return lang.pick("filen er tom.", "the file is empty.")
    case .unknownColumn(let name, let known):
      return lang.pick(
        "ukendt kolonne '\(name)' (kendte kolonner: \(known.joined(separator: ", "))).",
        "unknown column '\(name)' (known columns: \(known.joined(separator: ", "))).")
    case .missingColumn(let name):
      return lang.pick("kolonnen '\(name)' mangler.", "the column '\(name)' is missing.")
    case .duplicateColumn(let name):
      return lang.pick(
        "kolonnen '\(name)' står to gange i overskriften; hvilken er den rigtige?",
        "the column '\(name)' is in the header twice; which one is meant?")
    case .tooLarge(let path, let limit):
      return lang.pick(
        "\(path) er over \(limit >> 20) MB, mere end en fil til import kan være; er det den rigtige fil?",
        "\(path) is over \(limit >> 20) MB, more than a file to import can be; is it the right file?"
      )
    case .fieldCount(_, let expected, let found):
      return lang.pick(
        "\(found) felter, men overskriften har \(expected).",
        "\(found) fields, but the header has \(expected).")
    case .field(_, let column, let error):
      return "\(column): \(error.message(lang))."
    case .unknownAssociation(_, let name):
      return lang.pick(
        "foreningen '\(name)' findes ikke (importér foreningerne først).",
        "the association '\(name)' does not exist (import the associations first).")
    case .duplicate(_, let first, let name):
      return lang.pick(
        "'\(name)' står også på linje \(first); en fil må kun nævne den én gang.",
        "'\(name)' is also on line \(first); a file may name it only once.")
    case .encoding(let failure): return Self.encoding(failure.reason, lang)
    case .lines: return ""
    case .unplacedTargetGroups(let labels):
      let listed = labels.map { label in
        "'\(label.label)' ("
          + lang.pick("linje ", "line ") + label.lines.map(String.init).joined(separator: ", ")
          + lang.pick("; nærmest: ", "; nearest: ") + label.nearest.joined(separator: ", ") + ")"
      }
      let count =
        labels.count == 1
        ? lang.pick("1 målgruppe kan ikke placeres: ", "1 target group cannot be placed: ")
        : lang.pick(
          "\(labels.count) målgrupper kan ikke placeres: ",
          "\(labels.count) target groups cannot be placed: ")
      return count + listed.joined(separator: "; ")
        + lang.pick(
          ". Ret dem i filen, eller tilføj dem som centrets egne målgrupper med --add-target-groups.",
          ". Correct them in the file, or add them as the centre's own target groups with --add-target-groups."
        )
    }
  }

  private static func encoding(_ reason: TextDecoding.Failure.Reason, _ lang: Language) -> String {
    let hint = lang.pick(
      " Gem filen som \"CSV UTF-8\" og prøv igen.", " Save the file as \"CSV UTF-8\" and try again."
    )
    switch reason {
    case .notText:
      return lang.pick(
        "filen er ikke tekst (måske et regneark i Excels eget format, et billede eller et arkiv).",
        "the file is not text (an Excel workbook in its own format, a picture or an archive, say)."
      ) + hint
    case .strayByte(let byte):
      return lang.pick(
        "byten \(hex(byte)) er ikke UTF-8, men resten af filen er.",
        "the byte \(hex(byte)) is not UTF-8, but the rest of the file is.") + hint
    case .undefinedByte(let byte):
      return lang.pick(
        "byten \(hex(byte)) er hverken UTF-8 eller Windows-1252.",
        "the byte \(hex(byte)) is neither UTF-8 nor Windows-1252.") + hint
    case .nul:
      return lang.pick(
        "et NUL-tegn midt i teksten (filen er måske ikke en tekstfil).",
        "a NUL character inside the text (the file may not be a text file).")
    case .brokenUTF16:
      return lang.pick(
        "UTF-16-teksten er ufuldstændig (et halvt tegn).",
        "the UTF-16 text is incomplete (half a character).") + hint
    case .utf16WithoutMark:
      return lang.pick(
        "filen ligner UTF-16 uden byte-order-mærke (Unicode-tekst).",
        "the file looks like UTF-16 without a byte-order mark (Unicode text).") + hint
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" : "") + digits
  }
}
