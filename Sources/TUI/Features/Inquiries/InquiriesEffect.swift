import Core

/// What F2's key handling asks for; `InquiriesFeature.perform` carries it out.
enum InquiriesEffect: Equatable {
  case reload
  case loadMore
  case open(Int64)
  case form(InquiryFormKind, Int64)
  case editCategories
  /// `b`: suggest activities for the inquiry's citizen, in F3.
  case matchInquiry(Int64)
  case referralStatus(Int64)
  /// Ctrl-P: everything stored about the one who asked, erasable.
  case personalData(Int64)
  /// `a`: an application (§ 18) that came in as the inquiry.
  case applications(Int64)
  /// Esc from one association's inquiries: back to its file in F1.
  case backToAssociation(Int64)
}

/// What an effect found, for `InquiriesState.apply`.
enum InquiriesMessage {
  /// How many rows a list reads at a time.
  static let page = 100

  /// The staff and categories as stored now (nil: unchanged).
  case lookups(
    staff: [Staff]? = nil, allStaff: [Staff]? = nil, categories: [InquiryCategory]? = nil)

  /// Open and overdue counts per owner.
  case counts([OwnerCount])
  /// A new first page of the view; `keepSelection` keeps the selected row.
  case rows([InquiryRow], keepSelection: Bool)
  case more([InquiryRow])
  /// One inquiry and its timeline, read (again).
  case detail(Inquiry, [InquiryEvent])
  /// Show the detail just read.
  case opened
  /// F1's `h`: list this association's inquiries.
  case association(InquiriesState.AssociationFilter)
  /// Back to the views (Mine, Alle åbne, Lukkede).
  case views
}
