import Core

/// The desk's own questions (who is at the keyboard, the personal-data
/// view, printing, discarding a form, quitting) and what their answers do.
enum DeskQuestion: Question {
  case discard
  case quit
  case print(what: (String, String), text: () throws -> String)
}

extension ModalStack {
  /// An answer to a question the desk asked: who is at the keyboard and
  /// the personal-data view answer their own; the rest are the desk's.
  func answerDesk(_ question: Question, _ answer: Answer) -> Kept? {
    if let asked = question as? WhoIsHereQuestion { return app.whoIsHere.answer(asked, answer) }
    if let asked = question as? PersonalDataFeature.Asks {
      return app.personalData.answer(asked, answer)
    }
    guard let question = question as? DeskQuestion else { return nil }
    let kept: Form?
    switch (question, answer) {
    case (.discard, .yes):
      dismissForm()
      app.say(lang.pick("Ændringerne er kasseret.", "The changes were discarded."))
      return nil
    case (.quit, .yes):
      app.wantsQuit = true
      return nil
    case (.print(let what, let text), .save(let form)):
      kept = app.writeSheet(form, what: what, text: text)
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }
}
