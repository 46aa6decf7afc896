/// Following an inquiry through: notes, calls, status, follow-up date,
/// handover, closing and reopening. Each takes the inquiry as the caller
/// last saw it; if another desk changed it since, nothing is written and
/// `changedMeanwhile` lists what changed (the caller keeps what was typed).
extension InquiryStore {
  /// A note or a call on the timeline. Never conflicts: it only adds.
  public func addNote(_ text: String, call: Bool = false, to id: Int64, by staffID: Int64) throws {
    let trimmed = try Self.note(text, missing: .missing(.text))
    try db.write {
      guard try inquiry(id: id) != nil else { throw InquiryError.notFound }
      try append([EventDraft(kind: call ? .call : .note, text: trimmed)], to: id, by: staffID)
      try db.run("UPDATE inquiries SET version = version + 1 WHERE id = ?", [.integer(id)])
    }
  }

  /// Open, or waiting on someone; always with a follow-up date.
  @discardableResult
  public func setStatus(
    _ status: InquiryStatus, followUp: Day, of seen: Inquiry, by staffID: Int64
  ) throws -> Inquiry {
    try change(seen, by: staffID) { inquiry in
      guard !inquiry.status.isClosed else { throw InquiryError.alreadyClosed }
      guard !status.isClosed else { throw InquiryError.outcomeRequired }
      var events: [EventDraft] = []
      if inquiry.status != status {
        events.append(
          EventDraft(kind: .status, old: Self.code(inquiry.status), new: Self.code(status)))
      }
      if inquiry.followUp != followUp {
        events.append(
          EventDraft(kind: .followUp, old: inquiry.followUp?.iso ?? "", new: followUp.iso))
      }
      inquiry.status = status
      inquiry.followUp = followUp
      return events
    }
  }

  /// Hands the inquiry to another staff member, who then owns it, with
  /// the date they follow it up (so it does not reach them overdue).
  @discardableResult
  public func handOver(
    _ seen: Inquiry, to newOwner: Int64, reason: String, followUp: Day? = nil, by staffID: Int64
  ) throws -> Inquiry {
    let why = try Self.note(reason, missing: .handoverReasonRequired)
    guard let target = try directory.staff(id: newOwner), target.active else {
      throw InquiryError.unknownStaff
    }
    return try change(seen, by: staffID) { inquiry in
      guard !inquiry.status.isClosed else { throw InquiryError.alreadyClosed }
      guard inquiry.ownerID != newOwner else { throw InquiryError.handoverToOwner }
      let from = try directory.staff(id: inquiry.ownerID)?.initials ?? "?"
      inquiry.handedOverFromID = inquiry.ownerID
      inquiry.ownerID = newOwner
      var events = [EventDraft(kind: .handover, old: from, new: target.initials, text: why)]
      if let followUp, followUp != inquiry.followUp {
        events.append(
          EventDraft(kind: .followUp, old: inquiry.followUp?.iso ?? "", new: followUp.iso))
        inquiry.followUp = followUp
      }
      return events
    }
  }

  /// Closes with an outcome and a short note; both are required.
  @discardableResult
  public func close(_ seen: Inquiry, outcome: Outcome?, note: String, by staffID: Int64) throws
    -> Inquiry
  {
    guard let outcome else { throw InquiryError.outcomeRequired }
    let text = try Self.note(note, missing: .closingNoteRequired)
    return try change(seen, by: staffID, note: text) { inquiry in
      guard !inquiry.status.isClosed else { throw InquiryError.alreadyClosed }
      let pending = try ReferralStore(db: db, clock: clock).pendingCount(inquiryID: inquiry.id!)
      guard pending == 0 else { throw InquiryError.referralsPending(pending) }
      let old = Self.code(inquiry.status)
      inquiry.status = .closed
      inquiry.outcome = outcome
      inquiry.closedAt = clock.stamp()
      inquiry.followUp = nil
      // Closed by a colleague: the line says whose it was, and I dag
      // tells the owner (`TodaySteps.closedForMe`).
      let owner =
        inquiry.ownerID == staffID ? nil : try directory.staff(id: inquiry.ownerID)?.initials
      return [
        EventDraft(
          kind: .closed, closedFor: owner, old: old, new: outcome.rawValue, text: text)
      ]
    }
  }

  /// Opens a closed inquiry again, with a reason and a new follow-up date.
  @discardableResult
  public func reopen(_ seen: Inquiry, reason: String, followUp: Day, by staffID: Int64) throws
    -> Inquiry
  {
    let why = try Self.note(reason, missing: .missing(.text))
    return try change(seen, by: staffID) { inquiry in
      guard inquiry.status.isClosed else { throw InquiryError.notClosed }
      inquiry.status = .open
      inquiry.outcome = nil
      inquiry.closedAt = nil
      inquiry.followUp = followUp
      return [EventDraft(kind: .reopened, new: followUp.iso, text: why)]
    }
  }

  /// A note, reason or closing note: required, free text of a few lines.
  static func note(_ text: String, missing: InquiryError) throws -> String {
    let trimmed = text.trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { throw missing }
    switch Validation.text(trimmed, max: Validation.longText, lines: true) {
    case .success(let checked): return checked
    case .failure(let error): throw InquiryError.invalid([.text: error])
    }
  }

  /// Loads the current inquiry, refuses if it moved on since `seen`, lets
  /// `body` change it and say what to log, and writes both at once.
  private func change(
    _ seen: Inquiry, by staffID: Int64, note: String = "",
    _ body: (inout Inquiry) throws -> [EventDraft]
  ) throws -> Inquiry {
    guard let id = seen.id else { throw InquiryError.notFound }
    return try db.write {
      guard let current = try inquiry(id: id) else { throw InquiryError.notFound }
      if current.version != seen.version {
        let changes = try differences(from: seen, to: current)
        // A note added meanwhile changes nothing a worker decided on.
        if !changes.isEmpty { throw InquiryError.changedMeanwhile(changes) }
      }
      var next = current
      let events = try body(&next)
      if events.isEmpty { return current }
      return try write(next, over: current, events: events, by: staffID, note: note)
    }
  }

  /// What differs between two versions, in words a worker can read.
  public func differences(from old: Inquiry, to new: Inquiry) throws -> [InquiryChange] {
    var changes = InquiryField.allCases.filter { $0.value(of: old) != $0.value(of: new) }.map {
      InquiryChange(what: .field($0), old: $0.value(of: old), new: $0.value(of: new))
    }
    if old.status != new.status {
      changes.append(
        InquiryChange(what: .status, old: Self.code(old.status), new: Self.code(new.status)))
    }
    if old.ownerID != new.ownerID {
      let initials = { (id: Int64) in try self.directory.staff(id: id)?.initials ?? "?" }
      changes.append(
        InquiryChange(what: .owner, old: try initials(old.ownerID), new: try initials(new.ownerID)))
    }
    return changes
  }

  /// A status as stored on the timeline: `open`, `waiting:citizen`, `closed`.
  static func code(_ status: InquiryStatus) -> String {
    let (name, on) = status.columns
    return on.map { name + ":" + $0 } ?? name
  }
}
