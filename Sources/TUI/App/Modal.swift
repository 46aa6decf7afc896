import Core

/// What is drawn over the pane and gets the keys first. Modals stack: a
/// question can sit on top of a form.
enum Modal: Equatable {
  case form(Form, FormTarget)
  case picker(Picker)
  case confirm(Confirm)
  case help(HelpOverlay)
  case record(RecordOverlay)
}

/// What a form will save into.
enum FormTarget: Equatable {
  case association(Association)
  case activity(Activity)
  /// A new inquiry (no id) or an edit of one, as it was loaded.
  case inquiry(Inquiry)
  /// A note, status, handover, ... on an inquiry, as it was last seen.
  case inquiryAction(InquiryFormKind, Inquiry)
  case staff
  /// The list of inquiry categories.
  case categories
  /// Referring the saved citizen to a suggested activity.
  case referral(citizenID: Int64, row: MatchRow, inquiryID: Int64?)
  /// Moving on one of the referrals made from an inquiry.
  case referralStatus(inquiryID: Int64, [Referral])
  /// A new room (no id) or an edit of one.
  case room(Room)
  /// Booking this room.
  case booking(Room)
  case cancelBooking(Booking)
  case moveBooking(Booking)
  /// Jumping the week view to a date or week number.
  case goToDate
}
