import Core

/// The desk's own questions (who is at the keyboard, the personal-data
/// view, printing, discarding a form, quitting) and what their answers do.
enum DeskQuestion: Question {
  case discard
  case quit
  case erase(PersonHoldings)
  case print(what: (String, String), text: () throws -> String)
}

extension App {
  func ask(_ question: DeskQuestion) -> Asked { Asked(by: .desk, question: question) }

  func answerDesk(_ question: Question, _ answer: Answer) -> Kept? {
    if let asked = question as? WhoIsHereQuestion { return whoIsHere.answer(asked, answer) }
    guard let question = question as? DeskQuestion else { return nil }
    let kept: Form?
    switch (question, answer) {
    case (.discard, .yes):
      dismissForm()
      say(lang.pick("Ændringerne er kasseret.", "The changes were discarded."))
      return nil
    case (.quit, .yes):
      wantsQuit = true
      return nil
    case (.erase(let held), .yes):
      _ = erase(held, ticked: nil)
      return nil
    case (.erase(let held), .save(let form)): kept = erase(held, ticked: form)
    case (.print(let what, let text), .save(let form)):
      kept = writeSheet(form, what: what, text: text)
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }
}
