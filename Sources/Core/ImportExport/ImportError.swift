/// Why an import was refused. The database is unchanged whenever one is thrown.
public enum ImportError: Error, Equatable {
  case cannotRead(path: String, reason: String)
  case csv(CSVError)
  case empty
  case unknownColumn(String, known: [String])
  case missingColumn(String)
  case fieldCount(line: Int, expected: Int, found: Int)
  case field(line: Int, column: String, FieldError)
  case unknownAssociation(line: Int, name: String)

  public var line: Int? {
    switch self {
    case .csv(let error): return error.line
    case .unknownColumn, .missingColumn: return 1
    case .fieldCount(let line, _, _), .field(let line, _, _), .unknownAssociation(let line, _):
      return line
    case .cannotRead, .empty: return nil
    }
  }

  public func message(_ lang: Language) -> String {
    let prefix = line.map { lang.pick("linje \($0): ", "line \($0): ") } ?? ""
    return prefix + reason(lang) + lang.pick(" Intet er importeret.", " Nothing was imported.")
  }

  private func reason(_ lang: Language) -> String {
    switch self {
    case .cannotRead(let path, let reason):
      return lang.pick("kan ikke læse \(path): \(reason).", "cannot read \(path): \(reason).")
    case .csv(let error): return error.message(lang) + "."
    case .empty: return lang.pick("filen er tom.", "the file is empty.")
    case .unknownColumn(let name, let known):
      return lang.pick(
        "ukendt kolonne '\(name)' (kendte kolonner: \(known.joined(separator: ", "))).",
        "unknown column '\(name)' (known columns: \(known.joined(separator: ", "))).")
    case .missingColumn(let name):
      return lang.pick("kolonnen '\(name)' mangler.", "the column '\(name)' is missing.")
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
    }
  }
}
