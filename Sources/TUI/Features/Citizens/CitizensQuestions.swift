import Core

/// What F3 asks (see `Question`).
enum CitizensQuestion: Question {
  /// A referral about to be made: who, to what, from which inquiry.
  struct Referral {
    let citizenID: Int64
    let row: MatchRow
    let inquiryID: Int64?
  }

  /// Which citizen to open.
  case open
  /// The profile's changes are thrown away, then this one opens.
  case discardAndOpen(Int64?)
  /// Refer though an open referral exists.
  case referAgain(Referral)
  case referral(Referral, again: Bool)
}

extension CitizensFeature {
  func asking(_ question: CitizensQuestion) -> Asked {
    Asked(by: .pane(.citizens), question: question)
  }

  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    guard let question = question as? CitizensQuestion else { return nil }
    switch (question, answer) {
    case (.open, .chosen(let id)): chooseCitizen(id)
    case (.discardAndOpen(let id), .yes): chooseCitizen(id, confirmed: true)
    case (.referAgain(let referral), .yes): openReferral(referral, again: true)
    case (.referral(let referral, let again), .save(let form)):
      return saveReferral(
        form, citizenID: referral.citizenID, row: referral.row, inquiryID: referral.inquiryID,
        again: again
      ).map { Kept(form: $0, question: question) }
    default: break
    }
    return nil
  }
}
