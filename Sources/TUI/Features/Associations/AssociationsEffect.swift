import Core

/// What F1's key handling asks for; `AssociationsFeature.perform` carries it out.
enum AssociationsEffect: Equatable {
  case search
  case loadMore
  case open(Int64)
  case preview(Int64)
  case pickTargetGroup
  case pickArea
  case newAssociation
  case editAssociation(Int64)
  case confirmToggleActive(Int64)
  /// The association confirmed its details today.
  case confirmDetails(Int64)
  /// Those not confirmed for a year, oldest first, to call.
  case showStale
  /// The centre's register for the association.
  case editRegister(Int64)
  /// `h`: its inquiries, in F2.
  case showInquiries(Int64)
  /// `a`: the § 18 applications the centre helps it with.
  case applications(Int64)
  /// Del: delete one made by mistake (asks; refused while anything refers to it).
  case deleteAssociation(Int64)
  /// `f`: merge it into another.
  case mergeAssociation(Int64)
  case undoDelete
  case newActivity(Int64)
  case editActivity(Activity)
}

/// What an effect found, for `AssociationsState.apply`.
enum AssociationsMessage {
  /// How many hits a search reads at a time.
  static let page = 100

  /// A new first page of hits; `keepSelection` keeps the selected association selected.
  case hits([SearchHit], keepSelection: Bool)
  /// The next page of hits.
  case more([SearchHit])
  case opened(AssociationsState.Detail)
  /// The open detail, read again after a change.
  case reloaded(AssociationsState.Detail)
  case preview(AssociationsState.Detail?)
  /// Select this association, if the list holds it (after creating it).
  case select(Int64)
  case targetGroup(Int64?)
  case area(Int64?)
  /// One was deleted (kept for `u`), or merged away: its file closes.
  case removed(Int64, undo: AssociationCleanup.Deleted?)
  /// `u` put it back.
  case restored
  /// A file opened from the stale list (true), or left (false).
  case backToStale(Bool)
}
