import Core

/// What I dag's key handling asks for; `TodayFeature.perform` carries it out.
enum TodayEffect: Equatable {
  case open(TodayTarget)
  case printDay
}

/// What an effect found, for `TodayState.apply`.
enum TodayMessage {
  /// The day as read, already laid out as lines.
  case plan(TodayPlan, lines: [TodayLine])
  /// Someone else is at the keyboard: their day starts at its top.
  case newDesk
}
