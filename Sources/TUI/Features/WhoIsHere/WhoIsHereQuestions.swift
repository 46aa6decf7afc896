import Core

/// What who-is-here asks (see `Question`): the picker, and its forms.
enum WhoIsHereQuestion: Question {
  case picker
  case addStaff
  case away(Staff)
  case takeOff(Staff)
  case handOverAll(Staff, to: [Staff])
}

extension WhoIsHereFeature {
  func answer(_ question: WhoIsHereQuestion, _ answer: Answer) -> Kept? {
    let kept: Form?
    switch (question, answer) {
    case (.picker, .chosen(let id)):
      chooseStaff(id)
      return nil
    case (.picker, .remove(let id)):
      removeStaff(id)
      return nil
    case (.picker, .away(let id)):
      markAway(id)
      return nil
    case (.addStaff, .save(let form)): kept = saveStaff(form)
    case (.away(let member), .save(let form)): kept = saveAway(member, form)
    case (.takeOff(let member), .yes):
      deactivate(member, handingOverTo: nil, reason: "")
      return nil
    case (.handOverAll(let member, let others), .save(let form)):
      kept = saveHandOverAll(form, member, others)
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }
}
