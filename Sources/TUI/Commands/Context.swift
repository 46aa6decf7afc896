import Core

/// Where the keyboard is: which commands apply.
public enum Context: Hashable, Sendable, CaseIterable {
  /// I dag: the desk's day, a line per thing to do.
  case today
  /// Typing in the search line.
  case search
  /// Moving in the result list.
  case list
  /// Reading one association.
  case detail
  /// Filling in a form.
  case form
  /// Choosing from a short list (filters).
  case picker
  /// F2: a list of inquiries.
  case inquiryList
  /// F2: typing in the search line of closed inquiries.
  case inquirySearch
  /// F2: one inquiry and its timeline.
  case inquiryDetail
  /// F3: typing in the citizen's profile.
  case matchProfile
  /// F3: moving in the suggested activities.
  case matchResults
  /// F4: the week of bookings.
  case week
  /// F4: typing what a room must have.
  case roomFind
  /// F4: moving in the rooms that fit.
  case roomResults
  /// Everything stored about one citizen.
  case record
  /// A yes/no question on top: it says its own keys, so the status bar
  /// shows none of the pane's.
  case confirm
  /// The help overlay on top (it says its own keys too).
  case help
  /// Find (Ctrl-F): typing in its line over everything.
  case find

  /// Contexts where printable keys are text, so single-letter commands are off.
  var takesText: Bool {
    self == .search || self == .form || self == .inquirySearch || self == .matchProfile
      || self == .roomFind || self == .find
  }
}
