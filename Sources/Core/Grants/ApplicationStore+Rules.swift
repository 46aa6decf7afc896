extension ApplicationStore {
  /// The application trimmed, or every broken rule at once, keyed by field.
  /// What a decision fills in belongs to a decided application only, so an
  /// amount typed too early is said, not dropped.
  func checked(_ input: GrantApplication) throws -> GrantApplication {
    var application = input
    var errors: [Field: FieldError] = [:]
    func missing(_ sql: String, _ id: Int64) throws -> Bool {
      try db.scalarInt(sql, [.integer(id)]) == 0
    }
    if try missing("SELECT count(*) FROM fund_rounds WHERE id = ?", application.roundID) {
      errors[.round] = .mustChoose
    }
    if try missing("SELECT count(*) FROM associations WHERE id = ?", application.associationID) {
      errors[.association] = .unknownAssociation
    }
    if let inquiry = application.inquiryID {
      let about = try db.map(
        "SELECT association_id FROM inquiries WHERE id = ?", [.integer(inquiry)]
      ) {
        $0.optionalInt("association_id")
      }
      if about.isEmpty {
        errors[.inquiry] = .grant(.unknownInquiry)
      } else if about[0] != application.associationID {
        errors[.inquiry] = .grant(.otherAssociation)
      }
    }
    if try missing("SELECT count(*) FROM staff WHERE id = ?", application.helperID) {
      errors[.helper] = .mustChoose
    }
    Validation.apply(
      Validation.required(application.purpose), .purpose, to: &application.purpose,
      errors: &errors)
    if !GrantApplication.amountRange.contains(application.amountApplied) {
      errors[.amountApplied] = .grant(.invalidAmount)
    }
    let status = application.status
    if let granted = application.amountGranted {
      if !status.isGranted {
        errors[.amountGranted] = .grant(.notDecided)
      } else if granted < 1 {
        errors[.amountGranted] = .grant(.invalidAmount)
      } else if granted > application.amountApplied {
        errors[.amountGranted] = .grant(.aboveApplied(application.amountApplied))
      } else if status == .partlyGranted && granted == application.amountApplied {
        errors[.amountGranted] = .grant(.partlyNeedsLess)
      } else if status == .granted && granted < application.amountApplied {
        errors[.amountGranted] = .grant(.lessIsPartly)
      }
    } else if status.isGranted {
      errors[.amountGranted] = .grant(.needsAmount)
    }
    if application.decidedOn != nil && status.isPending {
      errors[.decidedOn] = .grant(.notDecided)
    } else if let decided = application.decidedOn, decided > clock.now().day {
      errors[.decidedOn] = .grant(.inFuture)
    } else if application.decidedOn == nil && status == .refused {
      errors[.decidedOn] = .grant(.needsDate)
    }
    if let due = application.reportDue, let decided = application.decidedOn, due < decided {
      errors[.reportDue] = .grant(.beforeDecision)
    }
    if errors.isEmpty {
      // The same purpose, folded (`Julehygge` and `julehygge `), is the
      // same application typed twice.
      let others = try db.map(
        """
        SELECT purpose FROM grant_applications
        WHERE association_id = ? AND round_id = ? AND id IS NOT ?
        """,
        [
          .integer(application.associationID), .integer(application.roundID),
          .int64(application.id),
        ]
      ) { DanishFolding.fold($0.text("purpose")).trimmed }
      if others.contains(DanishFolding.fold(application.purpose).trimmed) {
        errors[.purpose] = .grant(.duplicate)
      }
    }
    if !errors.isEmpty { throw Problem.invalid(errors) }
    return application
  }
}
