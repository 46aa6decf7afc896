import Core

/// F1's register form: open it over the detail, save it in one write; on
/// any problem the form stays open with it next to the field.
extension AssociationsFeature {
  func openRegister(_ id: Int64) {
    do {
      guard let association = try store.association(id: id) else { throw StoreError.notFound }
      let register = desk.stores.register
      let staff = try desk.stores.staff.staff()
      desk.present(
        .form(
          RegisterForm.make(
            try register.entry(associationID: id), name: association.name, staff: staff,
            lang: lang),
          asking(.register(id, staff: staff))))
    } catch { desk.show(error) }
  }

  func saveRegister(_ form: Form, id: Int64, staff: [Staff]) -> Form? {
    var form = form
    form.clearErrors()
    let (entry, errors) = RegisterForm.read(form, staff: staff, today: desk.today)
    guard errors.isEmpty else {
      form.show(errors, lang: lang)
      return form
    }
    do {
      try desk.stores.register.save(entry, associationID: id)
      reloadDetail(id)
      desk.say(lang.pick("Registeret er gemt.", "The register is saved."), isError: false)
      return nil
    } catch AssociationRegister.Problem.agreementEndsBeforeSigned {
      form.setError(
        "agreement_ends", AssociationRegister.Problem.agreementEndsBeforeSigned.message(lang))
    } catch let error as FieldError {
      form.setError("insured_activities", error.message(lang))
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }
}
