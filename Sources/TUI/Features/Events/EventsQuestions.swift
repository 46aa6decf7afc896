import Core

/// What F7 asks (see `Question`).
enum EventsQuestion: Question {
  case newEvent(EventForm.Choices)
  case editEvent(Event, EventForm.Choices)
  case callOff(EventLine)
  case signup(Int64)
  /// The sign-up asked first (late, or the same person twice): yes makes it.
  case signupAnyway(SignUpRequest)
  case cancel(SignUp)
  case nominate(Int)
}

extension EventsFeature {
  func asking(_ question: EventsQuestion) -> Asked { Asked(by: .pane(.events), question: question) }

  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    guard let question = question as? EventsQuestion else { return nil }
    let kept: Form?
    switch (question, answer) {
    case (.newEvent(let choices), .save(let form)): kept = saveEvent(form, choices)
    case (.editEvent(let event, let choices), .save(let form)):
      kept = saveChange(form, event, choices)
    case (.callOff(let line), .yes):
      callOff(line)
      return nil
    case (.signup(let id), .save(let form)): kept = saveSignUp(form, eventID: id)
    case (.nominate(let year), .save(let form)): kept = saveNomination(form, year: year)
    case (.signupAnyway(let request), .yes):
      desk.dismissForm()
      signUp(request, confirmed: true)
      return nil
    case (.cancel(let signup), .yes):
      cancel(signup)
      return nil
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }

  func change(_ question: Question, _ form: inout Form) {
    let key: String
    switch question as? EventsQuestion {
    case .signup?: key = "association"
    case .nominate? where NominationForm.prize(form) == .association: key = "nominee"
    default: return
    }
    guard let index = form.fields.firstIndex(where: { $0.key == key }) else { return }
    let typed = form.fields[index].text.trimmed
    let found =
      typed.isEmpty
      ? [] : (try? desk.stores.associations.associations(matching: typed, limit: 50)) ?? []
    AssociationPick.show(found.map(\.name), typed: typed, in: &form.fields[index], lang: lang)
  }
}
