import Core

/// The file's § 18 applications: each with its round, amount and status,
/// then the latest changes to them, who made each and when.
extension DetailView {
  static func grantLines(
    _ history: AssociationHistory, lang: Language, add: (String, Style) -> Void
  ) {
    guard !history.applications.isEmpty else {
      add(
        lang.pick(
          "Ingen ansøgninger (a opretter en, når foreningen søger en pulje).",
          "No applications (a creates one when the association applies to a fund)."), .muted)
      return
    }
    add(
      lang.pick("Ansøgninger (§ 18): ", "Applications (§ 18): ")
        + "\(history.applications.count)" + lang.pick(" (a retter)", " (a edits)"), .plain)
    for application in history.applications.prefix(AssociationHistory.shownApplications) {
      add("  " + ApplicationEditor.line(application, lang: lang), .muted)
    }
    for event in history.grantEvents {
      let day = Day(iso: String(event.at.prefix(10)))?.numeric ?? event.at
      add(
        "  " + day + " " + event.staffInitials + " · " + event.purpose
          + lang.pick(", frist ", ", deadline ") + event.deadline.numeric + ": "
          + GrantChangeText.describe(
            field: event.field, old: event.oldValue, new: event.newValue, lang: lang), .muted)
    }
  }
}
