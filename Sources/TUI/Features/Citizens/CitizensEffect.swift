import Core

/// What F3's key handling asks for; `CitizensFeature.perform` carries it out.
enum CitizensEffect: Equatable {
  case rematch
  case saveCitizen
  case pickCitizen
  case showRecord
  case refer(MatchRow)
}

/// What an effect found, for `CitizensState.apply`.
enum CitizensMessage {
  /// Start over with this citizen (new or loaded), its form, and the
  /// inquiry the profile was started from.
  case loaded(Citizen, Form, inquiry: (id: Int64, label: String)?)
  /// The suggestions for what the profile says now (nil: nothing to match on yet).
  case results(MatchList?, hasCriteria: Bool)
  /// Problems to show next to the profile's fields.
  case invalid([String: FieldError], Language)
  case focusField(Int)
  /// The citizen's open referrals, by activity.
  case referred([Int64: ReferralStatus])
}
