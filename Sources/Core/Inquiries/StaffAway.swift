/// A colleague away until a date: said wherever they would be chosen.
extension StaffDirectory {
  /// Marks `initials` away to and including `day`; nil: back.
  public func setAway(_ initials: String, until day: Day?) throws {
    guard let member = try staff(initials: initials), member.active else {
      throw InquiryError.unknownStaff
    }
    try db.write {
      try db.run(
        "UPDATE staff SET away_until = ? WHERE id = ?",
        [.optionalText(day?.iso), .integer(member.id)])
    }
  }
}

extension Staff {
  /// Away on `today` (the mark lasts to and including its day).
  public func isAway(on today: Day) -> Bool { awayUntil.map { $0 >= today } ?? false }

  /// "LS er væk til 24-12-2026": said when they are handed something or chosen.
  public func awayText(_ lang: Language) -> String {
    let until = awayUntil?.numeric ?? ""
    return lang.pick("\(initials) er væk til og med \(until)", "\(initials) is away until \(until)")
  }
}
