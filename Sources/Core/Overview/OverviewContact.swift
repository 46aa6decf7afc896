/// An association's contact details on its overview page: who, phone,
/// e-mail, web and address, each only when given. Phone, e-mail and web
/// are links (a phone number dials on a mobile); a web address that is not
/// http(s) is shown as text, never linked.
enum OverviewContact {
  static func html(_ a: Association, lang: Language) -> String {
    var rows: [(String, String)] = []
    if !a.contactPerson.isEmpty {
      rows.append((lang.pick("Kontaktperson", "Contact"), HTMLText.escape(a.contactPerson)))
    }
    if !a.phone.isEmpty {
      let shown = HTMLText.escape(Validation.formatPhone(a.phone))
      let digits = a.phone.filter { $0.isASCII && $0.isNumber }
      rows.append(
        (
          lang.pick("Telefon", "Phone"),
          digits.count == 8 ? "<a href=\"tel:+45\(digits)\">\(shown)</a>" : shown
        ))
    }
    if !a.email.isEmpty {
      let email = HTMLText.escape(a.email)
      rows.append((lang.pick("E-mail", "E-mail"), "<a href=\"mailto:\(email)\">\(email)</a>"))
    }
    if !a.website.isEmpty {
      let shown = HTMLText.escape(a.website)
      rows.append(
        (
          lang.pick("Hjemmeside", "Website"),
          HTMLText.webLink(a.website).map { "<a href=\"\(HTMLText.escape($0))\">\(shown)</a>" }
            ?? shown
        ))
    }
    if !a.address.isEmpty {
      rows.append((lang.pick("Adresse", "Address"), HTMLText.escape(a.address)))
    }
    guard !rows.isEmpty else { return "" }
    return "<h3>" + lang.pick("Kontakt", "Contact") + "</h3>\n<dl class=\"contact\">\n"
      + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
  }
}
