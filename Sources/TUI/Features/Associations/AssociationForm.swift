import Core

/// The form for creating or editing an association, and reading it back.
enum AssociationForm {
  static func make(_ a: Association, groups: [TargetGroup], lang: Language) -> Form {
    func text(_ field: AssociationField, _ da: String, _ en: String, _ value: String) -> FormField {
      FormField(key: field.rawValue, label: lang.pick(da, en), value: .text(TextField(value)))
    }
    var fields = [
      text(.name, "Navn *", "Name *", a.name),
      text(.description, "Beskrivelse", "Description", a.description),
      text(.area, "Område", "Area", a.area),
      text(.contactPerson, "Kontaktperson", "Contact person", a.contactPerson),
      text(.phone, "Telefon", "Phone", Validation.formatPhone(a.phone)),
      text(.email, "E-mail", "E-mail", a.email),
      text(.website, "Web", "Website", a.website),
      text(.address, "Adresse", "Address", a.address),
    ]
    fields += Form.targetGroupFields(selected: a.targetGroups, groups: groups, lang: lang)
    fields.append(
      FormField(key: "active", label: lang.pick("Aktiv", "Active"), value: .check(a.active)))
    let title =
      a.id == nil
      ? lang.pick("Ny forening", "New association")
      : lang.pick("Ret forening: ", "Edit association: ") + a.name
    return Form(title: title, fields: fields)
  }

  static func read(_ form: Form, into base: Association, groups: [TargetGroup]) -> Association {
    var a = base
    func value(_ field: AssociationField) -> String { form.field(field.rawValue)?.text ?? "" }
    a.name = value(.name)
    a.description = value(.description)
    a.area = value(.area)
    a.contactPerson = value(.contactPerson)
    a.phone = value(.phone)
    a.email = value(.email)
    a.website = value(.website)
    a.address = value(.address)
    a.targetGroups = form.selectedTargetGroups(groups)
    a.active = form.field("active")?.checked ?? true
    return a
  }

}
