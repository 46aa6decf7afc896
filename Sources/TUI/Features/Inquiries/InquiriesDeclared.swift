import Core

/// F2 Henvendelser as it declares itself (see `Feature`).
extension PaneID {
  static let inquiries = PaneID(2)
}

extension Context {
  /// F2: a list of inquiries.
  static let inquiryList = Context(
    "inquiryList",
    [.pane, .tabs, .moves, .searchable, .pages, .ends, .opens, .backs, .edits, .quits])
  /// F2: typing in the search line of closed inquiries.
  static let inquirySearch = Context(
    "inquirySearch", [.pane, .tabs, .takesText, .searchLine, .pages, .opens, .clears])
  /// F2: one inquiry and its timeline.
  static let inquiryDetail = Context(
    "inquiryDetail", [.pane, .tabs, .moves, .pages, .backs, .edits, .quits])
}

extension Feature {
  static let inquiries = Feature(
    tab: Tab(
      id: .inquiries, title: ("Henvendelser", "Inquiries"), help: ("Henvendelser", "Inquiries"),
      make: { try InquiriesFeature($0) }),
    places: [
      Place(.inquiryList, ("Henvendelser (F2)", "Inquiries (F2)")),
      // Its keys are the search line's and the list's, said under them.
      Place(.inquirySearch, nil),
      Place(.inquiryDetail, ("En henvendelse", "One inquiry")),
    ],
    guide: (
      "Mine viser dine åbne henvendelser, forfaldne først; v skifter til Alle åbne og Lukkede. Enter åbner en henvendelse og dens forløb: n note, o opkald, s status, f opfølgning, h overdrag, l luk. Svar på henvisningerne (r), før henvendelsen lukkes. Ctrl-N logger en ny, hvor du end er.",
      "Mine shows your open inquiries, overdue first; v switches to All open and Closed. Enter opens an inquiry and its timeline: n note, o call, s status, f follow-up, h hand over, l close. Answer the referrals (r) before closing. Ctrl-N logs a new one from anywhere."
    ),
    commands: { CommandTable.inquiries },
    shows: { if case .inquiry = $0 { return true } else { return false } },
    takes: { $0 is InquiriesRequest || $0 is NewInquiry })
}

/// What other panes ask of F2.
enum InquiriesRequest: DeskRequest {
  /// F1's `h`: the inquiries naming this association.
  case list(associationID: Int64)
}
