/// Taking a staff member off the list without leaving their open
/// inquiries with nobody: they are handed over first, in one transaction.
extension InquiryStore {
  /// Deactivates `initials`. Their open inquiries go to `newOwner` with
  /// one `reason` for all (each gets a handover on its timeline and a
  /// follow-up two working days on, or later if it had one); without a new
  /// owner, a member who owns open inquiries is not deactivated. Returns
  /// how many were handed over.
  @discardableResult
  public func deactivate(
    _ initials: String, handingOverTo newOwner: String? = nil, reason: String = "",
    by staffInitials: String? = nil
  ) throws -> Int {
    guard let member = try directory.staff(initials: initials) else {
      throw InquiryError.unknownStaff
    }
    return try db.write {
      var open: [InquiryRow] = []
      var page = try self.page(.mine(ownerID: member.id), limit: 500)
      while !page.isEmpty {
        open += page
        page = try self.page(.mine(ownerID: member.id), after: page.last, limit: 500)
      }
      if !open.isEmpty {
        guard let newOwner else {
          throw InquiryError.openInquiriesToHandOver(initials: member.initials, count: open.count)
        }
        guard let target = try directory.staff(initials: newOwner), target.active,
          target.id != member.id
        else { throw InquiryError.unknownStaff }
        let by = try staffInitials.flatMap { try directory.staff(initials: $0)?.id } ?? member.id
        let soonest = today.adding(workingDays: 2)
        for row in open {
          guard let inquiry = try inquiry(id: row.id) else { continue }
          let due = max(inquiry.followUp?.ordinal ?? 0, soonest.ordinal)
          try handOver(
            inquiry, to: target.id, reason: reason, followUp: Day(ordinal: due), by: by)
        }
      }
      try directory.deactivate(initials: member.initials)
      return open.count
    }
  }
}
