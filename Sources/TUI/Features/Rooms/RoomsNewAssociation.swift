import Core

/// F4: booking for an association that is not in the register yet. The
/// booking form's "＋ Ny forening: …" opens this short form over it; saved,
/// the association is in the register (confirmed today) and the booking
/// form names it, with what was typed there kept.
extension RoomsFeature {
  func newAssociationForm(_ name: String) -> Modal {
    var form = Form(
      title: lang.pick("Ny forening", "New association"),
      fields: [
        FormField(
          key: "name", label: lang.pick("Navn *", "Name *"), value: .text(TextField(name))),
        FormField(
          key: "contact_person", label: lang.pick("Kontaktperson", "Contact person"),
          value: .text(TextField())),
        FormField(key: "phone", label: lang.pick("Telefon", "Phone"), value: .text(TextField())),
        FormField(key: "email", label: lang.pick("E-mail", "E-mail"), value: .text(TextField())),
        FormField(key: "area", label: lang.pick("Område", "Area"), value: .text(TextField())),
      ])
    form.footer = lang.pick(
      "Resten udfyldes i F1. Ctrl-S gemmer og går tilbage til bookingen, Esc fortryder.",
      "The rest is filled in in F1. Ctrl-S saves and goes back to the booking, Esc cancels.")
    return .form(form, asking(.newAssociation))
  }

  func saveNewAssociation(_ form: Form) -> Form? {
    var form = form
    form.clearErrors()
    if form.warnAboutCPR(lang: lang) { return form }
    var association = Association(name: form.field("name")?.text.trimmed ?? "")
    association.contactPerson = form.field("contact_person")?.text.trimmed ?? ""
    association.phone = form.field("phone")?.text.trimmed ?? ""
    association.email = form.field("email")?.text.trimmed ?? ""
    association.area = form.field("area")?.text.trimmed ?? ""
    do {
      try desk.stores.register.saveConfirmed(
        association, in: associations)
      let name = association.name
      desk.updateTopForm { booking in
        guard let index = booking.fields.firstIndex(where: { $0.key == "association" }) else {
          return
        }
        booking.fields[index].value = .text(TextField(name))
        booking.fields[index].error = nil
      }
      desk.refreshAll()
      desk.say(lang.pick("Oprettet: ", "Created: ") + name)
      return nil
    } catch StoreError.invalidAssociation(let errors) {
      form.show(errors, lang: lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }
}
