import Core

/// What F4 asks (see `Question`).
enum RoomsQuestion: Question {
  case goToDate
  case room
  case roomForm(Room)
  /// A booking's form: `shown` the taken dates it says will be skipped,
  /// `needs` what an alternative room for a skipped date must have.
  case booking(Room, shown: Set<Day>, needs: RoomNeeds)
  /// Book the free dates of a series and skip the taken.
  case skipTaken(BookingRequest, needs: RoomNeeds)
  case newAssociation
  case alternative([RoomsFeature.Alternative], BookingRequest)
  case cancel(Booking)
  case move(Booking)
}

extension RoomsFeature {
  func asking(_ question: RoomsQuestion) -> Asked { Asked(by: .pane(.rooms), question: question) }

  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    guard let question = question as? RoomsQuestion else { return nil }
    let kept: Form?
    switch (question, answer) {
    case (.goToDate, .save(let form)): kept = goToDate(form)
    case (.room, .chosen(let value)):
      chooseRoom(value)
      return nil
    case (.roomForm(let room), .save(let form)): kept = saveRoom(form, base: room)
    case (.booking(let room, let shown, let needs), .save(let form)):
      kept = saveBooking(form, room: room, shown: shown, needs: needs)
    case (.skipTaken(let request, let needs), .yes):
      desk.dismissForm()
      bookSkipping(request, needs: needs)
      return nil
    case (.newAssociation, .save(let form)): kept = saveNewAssociation(form)
    case (.alternative(let alternatives, let request), .chosen(let index)):
      bookAlternative(Int(index ?? 0), alternatives, request)
      return nil
    case (.cancel(let booking), .save(let form)): kept = saveCancel(form, booking)
    case (.move(let booking), .save(let form)): kept = saveMove(form, booking)
    default: return nil
    }
    return kept.map { Kept(form: $0, question: question) }
  }

  func change(_ question: Question, _ form: inout Form) {
    if case .booking = question as? RoomsQuestion { completeAssociation(&form) }
  }
}
