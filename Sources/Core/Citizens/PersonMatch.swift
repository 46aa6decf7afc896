/// What names a person: their names (folded), phone numbers (eight
/// digits) and e-mail addresses (lower case), read from the name and
/// contact fields skranke keeps, and matched against others.
struct PersonMatch {
  var names = Set<String>()
  var phones = Set<String>()
  var emails = Set<String>()

  /// Learns a name and a contact field ("12 34 56 78, a@b.dk": an
  /// inquiry's asker contact holds either or both).
  mutating func read(name: String = "", contact: String) {
    let folded = DanishFolding.fold(name).trimmed
    if !folded.isEmpty { names.insert(folded) }
    for part in contact.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }) {
      let text = String(part).trimmed
      if case .success(let digits) = Validation.phone(text), !digits.isEmpty {
        phones.insert(digits)
      } else if text.contains("@") {
        emails.insert(text.lowercased())
      }
    }
  }

  /// Whether a row's name or contact names the same person.
  func matches(name: String, contact: String) -> Bool {
    if names.contains(DanishFolding.fold(name).trimmed) { return true }
    var other = PersonMatch()
    other.read(contact: contact)
    return !other.phones.isDisjoint(with: phones) || !other.emails.isDisjoint(with: emails)
  }

  /// The person's words as a note may write them: each name as stored, in
  /// lower case and capitalised (SQLite folds only a–z), each phone number
  /// run together and in pairs, each e-mail address.
  static func words(names: [String], phones: Set<String>, emails: Set<String>) -> [String] {
    var words: [String] = []
    for name in names where !name.trimmed.isEmpty {
      let name = name.trimmed
      words += [name, name.lowercased(), capitalised(name)]
    }
    for phone in phones.sorted() {
      words += [phone, Validation.formatPhone(phone), phone.prefix(4) + " " + phone.suffix(4)]
    }
    words += emails.sorted()
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }

  /// "birthe ørsted" → "Birthe Ørsted".
  static func capitalised(_ name: String) -> String {
    name.lowercased().split(separator: " ", omittingEmptySubsequences: false)
      .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  /// A note's text with every word of the person taken out (case
  /// ignored, letter by letter).
  static func redact(_ text: String, words: [String]) -> String {
    var chars = Array(text)
    for word in words.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
      let wanted = word.map { String($0).lowercased() }
      var out: [Character] = []
      var index = 0
      while index < chars.count {
        let end = index + wanted.count
        if end <= chars.count,
          zip(chars[index..<end], wanted).allSatisfy({ String($0.0).lowercased() == $0.1 })
        {
          out += Array("[…]")
          index = end
        } else {
          out.append(chars[index])
          index += 1
        }
      }
      chars = out
    }
    return String(chars)
  }
}
