import Core

/// What a key handler asks for. Handlers only change their own state and
/// return effects; the app performs them (database work, opening forms), so
/// no I/O happens in the middle of handling a key or drawing.
enum Effect: Equatable {
  case search
  case loadMore
  case open(Int64)
  case preview(Int64)
  case pickTargetGroup
  case pickArea
  case newAssociation
  case editAssociation(Int64)
  case confirmToggleActive(Int64)
  case newActivity(Int64)
  case editActivity(Activity)
  case help
  case quit
  case reloadInquiries
  case loadMoreInquiries
  case openInquiry(Int64)
  case inquiryForm(InquiryFormKind, Int64)
  case editCategories
  case rematch
  case saveCitizen
  case pickCitizen
  case showRecord
  case refer(MatchRow)
  case matchInquiry(Int64)
  case referralStatus(Int64)
  case reloadWeek
  case findRooms
  case goToDate
  case pickRoom
  case editRoom(Int64?)
  case newBooking
  case bookRoom(Room)
  case editBooking(Booking)
  case cancelBooking(Booking)
  case undoCancel
}
