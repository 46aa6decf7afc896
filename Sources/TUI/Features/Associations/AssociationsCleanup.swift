import Core

/// F1: an association created by mistake is deleted (Del, asked first, `u`
/// undoes), and two entries for one association are merged (`f`).
extension AssociationsFeature {
  var cleanup: AssociationCleanup { desk.stores.cleanup }

  func askToDelete(_ id: Int64) {
    do {
      guard let association = try store.association(id: id) else { throw StoreError.notFound }
      let refs = try cleanup.references(id)
      guard refs.isEmpty else { throw AssociationCleanup.Problem.inUse(refs) }
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Slet \(association.name) og dens aktiviteter? Intet henviser til den. u fortryder.",
              "Delete \(association.name) and its activities? Nothing refers to it. u undoes."),
            asked: asking(.delete(id, association.name)))))
    } catch { desk.show(error) }
  }

  func delete(_ id: Int64, _ name: String) {
    do {
      let deleted = try cleanup.delete(id)
      send(.removed(id, undo: deleted))
      runSearch(keepSelection: true)
      desk.refreshAll()
      desk.say(
        lang.pick("Slettet: \(name). Tryk u for at fortryde.", "Deleted: \(name). Press u to undo.")
      )
    } catch { desk.show(error) }
  }

  func undoDelete() {
    guard let deleted = state.lastDeleted else {
      desk.say(lang.pick("Der er ingen sletning at fortryde.", "There is no deletion to undo."))
      return
    }
    do {
      let id = try cleanup.undo(deleted)
      send(.restored)
      runSearch(keepSelection: true)
      send(.select(id))
      desk.refreshAll()
      desk.say(
        lang.pick(
          "Fortrudt: \(deleted.association.name) er tilbage.",
          "Undone: \(deleted.association.name) is back."))
    } catch { desk.show(error) }
  }

  /// A form naming the association to keep; saving merges into it.
  func askToMerge(_ id: Int64) {
    guard let association = try? store.association(id: id) else { return }
    var form = Form(
      title: lang.pick("Flet \(association.name) ind i …", "Merge \(association.name) into …"),
      fields: [
        FormField(
          key: "into", label: lang.pick("Behold *", "Keep *"), value: .text(TextField()))
      ])
    form.footer = lang.pick(
      "Aktiviteter, bookinger, henvendelser og ansøgninger flyttes til den, der beholdes, og \(association.name) slettes. Ctrl-S fletter, Esc fortryder.",
      "Activities, bookings, inquiries and applications move to the one kept, and \(association.name) is deleted. Ctrl-S merges, Esc cancels."
    )
    desk.present(
      .form(
        form, asking(.merge(id, association.name))))
  }

  func completeInto(_ form: inout Form) {
    let typed = form.fields[0].text.trimmed
    let found = typed.isEmpty ? [] : (try? store.associations(matching: typed, limit: 50)) ?? []
    AssociationPick.show(found.map(\.name), typed: typed, in: &form.fields[0], lang: lang)
  }

  func merge(_ id: Int64, _ name: String, _ form: Form) -> Form? {
    var form = form
    form.clearErrors()
    let lookup: AssociationPick.Lookup = { [store] in
      ((try? store.associations(matching: $0, limit: 50)) ?? []).map { ($0.id, $0.name) }
    }
    switch AssociationPick.read(form.fields[0].text.trimmed, lookup: lookup) {
    case .failure(let problem):
      form.show(["into": problem], lang: lang)
      return form
    case .success(nil):
      form.show(["into": .required], lang: lang)
      return form
    case .success(let kept?):
      guard kept.id != id else {
        form.message = AssociationCleanup.Problem.sameAssociation.message(lang)
        return form
      }
      // Asked first, saying what moves: a merge cannot be undone.
      let refs = (try? cleanup.references(id)) ?? .init()
      let what = refs.isEmpty ? "" : lang.pick(" og ", " and ") + refs.text(lang)
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Flet \(name) ind i \(kept.name)? Aktiviteterne\(what) flyttes, kontakt og telefon bruges, hvor \(kept.name) ingen har, og \(name) slettes. Det kan ikke fortrydes.",
              "Merge \(name) into \(kept.name)? Its activities\(what) move, its contact and phone are used where \(kept.name) has none, and \(name) is deleted. This cannot be undone."
            ),
            asked: asking(.mergeNow(id, into: kept)))))
      return form
    }
  }

  func mergeNow(_ id: Int64, into kept: (id: Int64, name: String)) {
    do {
      let moved = try cleanup.merge(id, into: kept.id)
      desk.dismissForm()
      send(.removed(id, undo: nil))
      runSearch(keepSelection: true)
      desk.refreshAll()
      perform(.open(kept.id))
      desk.say(
        lang.pick("Flettet ind i \(kept.name)", "Merged into \(kept.name)")
          + (moved.isEmpty ? "." : ": " + moved.text(lang) + lang.pick(" er flyttet.", " moved.")))
    } catch { desk.show(error) }
  }
}
