import Core

/// What F7's key handling asks for; `EventsFeature.perform` carries it out.
enum EventsEffect: Equatable {
  case reload
  case open(Int64)
  case newEvent
  case editEvent(Int64)
  case callOff(EventLine)
  case signUp
  case cancel(SignUp)
  case tick(SignUp)
  case printDoorList
  /// The prizes of a year (nil: this year's).
  case prizes(Int?)
  case nominate(Int)
  case choose(Nomination)
}

/// What an effect found, for `EventsState.apply`.
enum EventsMessage {
  /// The coming events.
  case lines([EventLine])
  /// One event: the session shown, its counts and the participants.
  case opened(Event, session: EventSession?, EventCounts, [SignUp])
  /// Back to the list.
  case closed
  /// The worker moved to another session of a series.
  case session(Int)
  /// A year's prize nominations.
  case prizes(Int, [Nomination])
  case prizesClosed
  /// Mark this sign-up (Find opened it).
  case person(Int64)
}
