import Core

/// F1's forms and the one question: an association, an activity, and
/// deactivating (or reactivating) an association.
extension AssociationsFeature {
  func openForm(_ association: Association) {
    desk.present(
      .form(
        AssociationForm.make(association, groups: store.targetGroups, lang: lang),
        asking(.association(association))))
  }

  func openForm(_ activity: Activity) {
    desk.present(
      .form(
        ActivityForm.make(activity, groups: store.targetGroups, lang: lang),
        asking(.activity(activity))))
  }

  /// Saves an association; on any problem the form stays open with the
  /// errors next to the fields, and nothing is written.
  func save(_ form: Form, _ base: Association) -> Form? {
    var form = form
    form.clearErrors()
    do {
      let association = AssociationForm.read(form, into: base, groups: store.targetGroups)
      let id = try desk.stores.register.saveConfirmed(
        association, in: store)
      desk.say(lang.pick("Gemt: ", "Saved: ") + association.name.trimmed)
      areas = (try? store.areas()) ?? areas
      if state.mode == .detail { reloadDetail(id) }
      runSearch(keepSelection: true)
      if base.id == nil { send(.select(id)) }
      return nil
    } catch StoreError.invalidAssociation(let errors) {
      form.show(errors, lang: lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  func save(_ form: Form, _ base: Activity) -> Form? {
    var form = form
    form.clearErrors()
    let (activity, errors) = ActivityForm.read(form, into: base, groups: store.targetGroups)
    if !errors.isEmpty {
      form.show(errors, lang: lang)
      return form
    }
    do {
      try store.save(activity)
      desk.say(lang.pick("Gemt: ", "Saved: ") + activity.title.trimmed)
      reloadDetail(activity.associationID)
      return nil
    } catch StoreError.invalidActivity(let errors) {
      form.show(errors, lang: lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  func confirmToggleActive(_ id: Int64) {
    guard let association = try? store.association(id: id) else { return }
    let question =
      association.active
      ? lang.pick(
        "Deaktivér \"\(association.name)\"? Den vises så ikke i søgningen, men kan genaktiveres.",
        "Deactivate \"\(association.name)\"? It will no longer show in searches, but can be reactivated."
      )
      : lang.pick("Genaktivér \"\(association.name)\"?", "Reactivate \"\(association.name)\"?")
    desk.present(
      .confirm(
        Confirm(
          question: question,
          asked: asking(.setActive(id, !association.active, name: association.name)))))
  }

  func setActive(_ id: Int64, _ active: Bool, name: String) {
    do {
      try store.setActive(associationID: id, active)
      // `d` again undoes it only where the association stays in view (its
      // file); from the list it is gone from the active ones.
      let inFile = state.mode == .detail && state.detail?.association.id == id
      desk.say(
        active
          ? lang.pick("\(name) er aktiv igen.", "\(name) is active again.")
          : inFile
            ? lang.pick(
              "\(name) er deaktiveret. Tryk d igen for at fortryde.",
              "\(name) is deactivated. Press d again to undo.")
            : lang.pick(
              "\(name) er deaktiveret. Fortryd: a viser inaktive; vælg den og tryk d.",
              "\(name) is deactivated. To undo: a shows inactive ones; select it and press d."))
      reloadDetail(id)
      runSearch(keepSelection: true)
    } catch { desk.show(error) }
  }
}
