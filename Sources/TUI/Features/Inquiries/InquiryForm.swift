import Core

/// The form for logging a new inquiry or editing one. The text comes first:
/// the person is standing there, so typing starts at once.
enum InquiryForm {
  static func make(
    _ inquiry: Inquiry, categories: [InquiryCategory], lang: Language, today: Day
  ) -> Form {
    // A new inquiry has no silent default: "— vælg —" first, and saving
    // asks for a category (→ picks the first). A default skews the counts.
    let choose = Self.choosesCategory(inquiry)
    let names =
      (choose ? [lang.pick("— vælg —", "— choose —")] : []) + categories.map { $0.name(lang) }
    let categoryIndex =
      categories.firstIndex { $0.id == inquiry.categoryID }.map { $0 + (choose ? 1 : 0) } ?? 0
    var fields: [FormField] = [
      FormField(
        key: "text", label: lang.pick("Tekst *", "Text *"), value: .text(TextField(inquiry.text))),
      FormField(
        key: "category", label: lang.pick("Kategori", "Category"),
        value: .choice(names, categoryIndex)),
    ]
    // A new inquiry can be closed in the same save: most desk questions are
    // answered on the spot (Tab → from the category picks "Hjulpet").
    if inquiry.id == nil {
      fields.append(
        FormField(
          key: "outcome", label: lang.pick("Besvaret nu?", "Answered now?"),
          value: .choice(
            [lang.pick("nej, følges op", "no, follow up")]
              + Outcome.allCases.map { $0.label(lang) },
            0)))
    }
    fields += [
      FormField(
        key: "asker_name", label: lang.pick("Navn", "Name"),
        value: .text(TextField(inquiry.askerName))),
      FormField(
        key: "asker_contact", label: lang.pick("Telefon/e-mail", "Phone/e-mail"),
        value: .text(TextField(formatContact(inquiry.askerContact)))),
      FormField(
        key: "channel", label: lang.pick("Kanal", "Channel"),
        value: .choice(
          Channel.allCases.map { $0.label(lang) },
          Channel.allCases.firstIndex(of: inquiry.channel) ?? 0)),
      FormField(
        key: "asker_kind", label: lang.pick("Hvem spørger", "Who is asking"),
        value: .choice(
          AskerKind.allCases.map { $0.label(lang) },
          AskerKind.allCases.firstIndex(of: inquiry.askerKind) ?? 0)),
      FormField(
        key: "association", label: lang.pick("Om forening", "Association"),
        value: .text(TextField(inquiry.associationName))),
    ]
    if !inquiry.status.isClosed {
      fields.append(
        FormField(
          key: "follow_up", label: lang.pick("Opfølgning *", "Follow-up *"),
          value: .text(TextField((inquiry.followUp ?? today.adding(7)).numeric))))
    }
    let title =
      inquiry.id == nil
      ? lang.pick("Ny henvendelse", "New inquiry")
      : lang.pick("Ret henvendelse #", "Edit inquiry #") + String(inquiry.id!)
    var form = Form(title: title, fields: fields)
    form.footer = lang.pick(
      "Dato: 24-11, +3, fre, uge 49. Forening: ordenes begyndelse, ↓ Enter vælger. Gem med Ctrl-S.",
      "Date: 24-11, +3, fri, week 49. Association: its words' beginnings, ↓ Enter picks. Save: Ctrl-S."
    )
    return form
  }

  /// Reads the form over `base`; field errors keyed as in the form.
  static func read(
    _ form: Form, into base: Inquiry, categories: [InquiryCategory], today: Day,
    lookup: AssociationPick.Lookup
  ) -> (Inquiry, [String: FieldError]) {
    var inquiry = base
    var errors: [String: FieldError] = [:]
    inquiry.text = form.field("text")?.text.trimmed ?? ""
    if inquiry.text.isEmpty { errors["text"] = .required }  // said with the category's
    let offset = choosesCategory(base) ? 1 : 0
    if let choice = form.field("category")?.choice, categories.indices.contains(choice - offset) {
      let index = choice - offset
      inquiry.categoryID = categories[index].id
    } else {
      errors["category"] = .mustChoose
    }
    inquiry.askerName = form.field("asker_name")?.text.trimmed ?? ""
    inquiry.askerContact = form.field("asker_contact")?.text.trimmed ?? ""
    inquiry.channel = Channel.allCases[form.field("channel")?.choice ?? 0]
    inquiry.askerKind = AskerKind.allCases[form.field("asker_kind")?.choice ?? 0]
    switch AssociationPick.read(form.field("association")?.text.trimmed ?? "", lookup: lookup) {
    case .success(let found):
      // Only a new inquiry takes its association from the asker's name: an
      // edit keeps what the worker left in the field, empty included.
      let named = found ?? (base.id == nil ? fromAsker(inquiry, lookup: lookup) : nil)
      inquiry.associationID = named?.id
      inquiry.associationName = named?.name ?? ""
    case .failure(let problem): errors["association"] = problem
    }
    if let field = form.field("follow_up") {
      if let day = DateInput.parse(field.text, today: today) {
        inquiry.followUp = day
      } else {
        errors["follow_up"] = field.text.trimmed.isEmpty ? .required : .invalidDate
      }
    }
    return (inquiry, errors)
  }

  /// The outcome chosen in a new inquiry's "Besvaret nu?" (nil: open).
  static func outcome(_ form: Form) -> Outcome? {
    guard let choice = form.field("outcome")?.choice, choice > 0 else { return nil }
    return Outcome.allCases[choice - 1]
  }

  /// An association asking is the association its name is (folded, the
  /// whole name, as Core's rule), so its inquiry reaches its file with no
  /// second field to fill.
  static func fromAsker(_ inquiry: Inquiry, lookup: AssociationPick.Lookup) -> (
    id: Int64, name: String
  )? {
    guard inquiry.askerKind == .association, !inquiry.askerName.isEmpty else { return nil }
    let folded = DanishFolding.fold(inquiry.askerName)
    return lookup(inquiry.askerName).first { DanishFolding.fold($0.name) == folded }
  }

  /// Under the association field as the form changes: what it names, or,
  /// left empty with an association asking, the one its name names.
  static func complete(
    _ form: inout Form, isNew: Bool, lang: Language, lookup: AssociationPick.Lookup
  ) {
    guard let index = form.fields.firstIndex(where: { $0.key == "association" }) else { return }
    let typed = form.fields[index].text.trimmed
    if typed.isEmpty {
      guard isNew else {
        form.fields[index].hint = nil
        form.fields[index].suggestions = []
        return
      }
      var asker = Inquiry()
      asker.askerKind = AskerKind.allCases[form.field("asker_kind")?.choice ?? 0]
      asker.askerName = form.field("asker_name")?.text.trimmed ?? ""
      form.fields[index].suggestions = []
      if let named = fromAsker(asker, lookup: lookup) {
        form.fields[index].hint =
          "→ " + named.name + lang.pick(" (efter navnet)", " (from the name)")
      } else if asker.askerKind == .association, !asker.askerName.isEmpty {
        // Said, so a part of a name ("Røde Kors") is not taken for a link.
        form.fields[index].hint = lang.pick(
          "ingen forening hedder præcis sådan: skriv den her, hvis den er i registret",
          "no association has exactly that name: type it here if it is in the register")
      } else {
        form.fields[index].hint = nil
      }
      return
    }
    AssociationPick.show(
      lookup(typed).map(\.name), typed: typed, in: &form.fields[index], lang: lang)
  }

  /// Whether the form starts the category at "— vælg —": a new inquiry.
  static func choosesCategory(_ inquiry: Inquiry) -> Bool { inquiry.id == nil }

  static func formatContact(_ contact: String) -> String {
    contact.contains("@") ? contact : Validation.formatPhone(contact)
  }
}
