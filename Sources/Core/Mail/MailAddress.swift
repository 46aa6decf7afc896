/// An address a mail goes to or comes from, checked when it is made (and
/// so again when a mail is written from what is stored): a plausible
/// address with no space, control character or anything a header could be
/// split on, and an optional name, encoded for the header.
public struct MailAddress: Equatable, Sendable {
  public let address: String
  public let name: String

  /// Nil when `address` is not one skranke sends to.
  public init?(_ address: String, name: String = "") {
    guard case .success(let checked) = Validation.email(address), !checked.isEmpty,
      checked.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }),
      !checked.contains(where: { "<>(),;:\"[]\\".contains($0) })
    else { return nil }
    self.address = checked
    self.name = name.trimmed
  }

  /// `Frivilligcenter Hjørring <info@fc.dk>`, the name encoded when it
  /// needs it (quoted when it is plain ASCII with specials).
  public var header: String {
    guard !name.isEmpty else { return address }
    let encoded = MailEncoding.header(name)
    // The address on a line of its own when the name's last word and it
    // would not fit one.
    let lastLine = encoded.split(separator: "\n").last.map(String.init) ?? encoded
    let joint = lastLine.utf8.count + address.utf8.count > 60 ? "\n <" : " <"
    if encoded != name { return encoded + joint + address + ">" }
    let special = name.contains { "()<>[]:;@\\,.\"".contains($0) }
    let quoted =
      special
      ? "\"" + name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\"" : name
    return quoted + " <" + address + ">"
  }
}
