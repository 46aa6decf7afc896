import Core

/// F2's `a` on an inquiry: the application it came in as. The one tied to
/// it opens; otherwise the association's applications are offered (one
/// made from its file is tied to the inquiry when saved from here) with a
/// new one, so the same application is not typed twice. Each change is
/// then on the inquiry's timeline.
extension InquiriesFeature {
  func openApplications(_ inquiryID: Int64) {
    do {
      guard let inquiry = try inquiryStore.inquiry(id: inquiryID) else {
        throw InquiryError.notFound
      }
      guard let association = inquiry.associationID else {
        desk.say(
          lang.pick(
            "Sæt først hvilken forening det gælder (e, feltet Om forening).",
            "First set which association it is about (e, the About association field)."),
          isError: true)
        return
      }
      let editor = ApplicationEditor(desk: desk, host: .inquiries)
      let store = desk.stores.applications
      let existing = try store.applications(inquiryID: inquiryID)
      if existing.count == 1, let id = existing[0].id {
        editor.open(id: id)
      } else if existing.isEmpty, try store.applications(associationID: association).isEmpty {
        editor.openNew(
          associationID: association, name: inquiry.associationName, inquiryID: inquiryID)
      } else {
        editor.pick(
          associationID: association, name: inquiry.associationName, inquiryID: inquiryID)
      }
    } catch { desk.show(error) }
  }
}
