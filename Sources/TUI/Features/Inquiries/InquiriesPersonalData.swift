import Core

/// Ctrl-P on an inquiry: everything stored about the one who asked, with
/// or without a citizen profile, and erasure from there.
extension InquiriesFeature {
  func showPersonalData(_ id: Int64) {
    do {
      let record = try desk.stores.record(PersonQuery(inquiryID: id))
      guard !record.held.isEmpty else {
        desk.say(
          lang.pick(
            "#\(id) har intet navn eller kontakt: der er intet gemt om en person.",
            "#\(id) has no name or contact: nothing is stored about a person."))
        return
      }
      desk.present(.record(RecordOverlay(record, groups: try desk.stores.targetGroups.all())))
    } catch { desk.show(error) }
  }
}
