import Core

/// What F1 asks (see `Question`): each form, choice list and yes/no it
/// puts on top, with what acting on the answer needs.
enum AssociationsQuestion: Question {
  enum Filter {
    case targetGroup, area
  }

  case filter(Filter)
  case stale
  case association(Association)
  case activity(Activity)
  case setActive(Int64, Bool, name: String)
  case register(Int64, staff: [Staff])
  case delete(Int64, String)
  case merge(Int64, String)
  case mergeNow(Int64, into: (id: Int64, name: String))
}

extension AssociationsFeature {
  func asking(_ question: AssociationsQuestion) -> Asked {
    Asked(by: .pane(.associations), question: question)
  }

  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    if let asked = question as? ApplicationEditor.Asks {
      return ApplicationEditor(desk: desk, host: .associations).answer(asked, answer)
    }
    guard let question = question as? AssociationsQuestion else { return nil }
    let kept: Form?
    switch (question, answer) {
    case (.filter(let filter), .chosen(let id)):
      send(filter == .targetGroup ? .targetGroup(id) : .area(id))
      runSearch()
      return nil
    case (.stale, .chosen(let id?)):
      perform(.open(id))
      send(.backToStale(state.mode == .detail))
      return nil
    case (.association(let base), .save(let form)): kept = save(form, base)
    case (.activity(let base), .save(let form)): kept = save(form, base)
    case (.setActive(let id, let active, let name), .yes):
      setActive(id, active, name: name)
      return nil
    case (.register(let id, let staff), .save(let form)):
      kept = saveRegister(form, id: id, staff: staff)
    case (.delete(let id, let name), .yes):
      delete(id, name)
      return nil
    case (.merge(let id, let name), .save(let form)): kept = merge(id, name, form)
    case (.mergeNow(let id, let kept), .yes):
      mergeNow(id, into: kept)
      return nil
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }

  func change(_ question: Question, _ form: inout Form) {
    if case .merge = question as? AssociationsQuestion { completeInto(&form) }
  }
}
