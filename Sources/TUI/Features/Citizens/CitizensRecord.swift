import Core

/// F3: opening a saved citizen, everything stored about them (the right of
/// access), and erasing them for good.
extension CitizensFeature {
  func pickCitizen() {
    guard let found = try? citizens.find("", limit: 500) else { return }
    let options =
      [(label: lang.pick("+ Ny borger", "+ New citizen"), value: nil as Int64?)]
      + found.map { c in
        (label: c.name + (c.area.isEmpty ? "" : " · " + c.area), value: c.id)
      }
    desk.present(
      .picker(
        Picker(
          title: lang.pick("Åbn borger", "Open citizen"), options: options,
          current: state.citizen.id),
        asking(.open)))
  }

  /// From I dag or Find: the citizen's profile, as if picked.
  func openCitizen(_ id: Int64) { chooseCitizen(id) }

  /// Opens a saved citizen (or a new profile), asking first when typing
  /// in the profile would be lost.
  func chooseCitizen(_ id: Int64?, confirmed: Bool = false) {
    if !confirmed && state.form.isChanged {
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Profilen har ændringer, der ikke er gemt. Kassér dem?",
              "The profile has unsaved changes. Discard them?"),
            asked: asking(.discardAndOpen(id)))))
      return
    }
    guard let id else {
      startProfile()
      return
    }
    do {
      guard let citizen = try citizens.citizen(id: id) else { throw CitizenError.notFound }
      let inquiryID = try citizens.openInquiryID(ofCitizen: id)
      startProfile(citizen, inquiry: inquiryID.map { ($0, "#\($0)") })
    } catch { desk.show(error) }
  }

  func showRecord() {
    guard let id = state.citizen.id else {
      desk.say(
        lang.pick(
          "Borgeren er ikke gemt endnu: der er intet gemt om personen.",
          "The citizen is not saved yet: nothing is stored about them."))
      return
    }
    do {
      desk.present(
        .record(RecordOverlay(try desk.stores.record(citizenID: id), groups: store.targetGroups)))
    } catch { desk.show(error) }
  }
}
