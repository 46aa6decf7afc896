/// When an activity happens: weekdays × morning/afternoon/evening, stored as
/// a 21-bit mask (bit = day × 3 + part, Monday = 0).
public struct Schedule: Equatable, Sendable {
  public var mask: Int

  public init(mask: Int = 0) { self.mask = mask & 0x1F_FFFF }

  public static let daysDa = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
  public static let daysEn = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  public static let partsDa = ["formiddag", "eftermiddag", "aften"]
  public static let partsEn = ["morning", "afternoon", "evening"]

  public func contains(day: Int, part: Int) -> Bool { mask & (1 << (day * 3 + part)) != 0 }

  public mutating func insert(day: Int, part: Int) { mask |= 1 << (day * 3 + part) }

  public var isEmpty: Bool { mask == 0 }

  /// "tir aften|tor eftermiddag": the CSV form, always Danish so files are stable.
  public var csvText: String { slots(Schedule.daysDa, Schedule.partsDa).joined(separator: "|") }

  /// "tir aften, tor eftermiddag" in the UI's language.
  public func label(_ lang: Language) -> String {
    lang == .danish
      ? slots(Schedule.daysDa, Schedule.partsDa).joined(separator: ", ")
      : slots(Schedule.daysEn, Schedule.partsEn).joined(separator: ", ")
  }

  private func slots(_ days: [String], _ parts: [String]) -> [String] {
    var result: [String] = []
    for day in 0..<7 {
      for part in 0..<3 where contains(day: day, part: part) {
        result.append("\(days[day]) \(parts[part])")
      }
    }
    return result
  }

  /// Parses "tir aften|tor eftermiddag" (also with commas and English
  /// words). An entry may name several days before its parts ("tir tor
  /// formiddag"); a day without a part means the whole day; "hverdage" is
  /// Monday to Friday and "weekend" Saturday and Sunday. The error names the
  /// bad entry.
  public static func parse(_ text: String) -> Result<Schedule, ScheduleError> {
    var schedule = Schedule()
    let entries = text.splitScalars { $0 == "|" || $0 == "," }.filter { !$0.isEmpty }
      .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    for entry in entries {
      let words = entry.lowercased().split(separator: " ").map(String.init)
      var days: [Int] = []
      var parts: [Int] = []
      for word in words {
        if let group = dayGroup(word), parts.isEmpty {
          days += group
        } else if let day = dayIndex(word), parts.isEmpty {
          days.append(day)
        } else if let part = partIndex(word), !days.isEmpty {
          parts.append(part)
        } else if word == "og" || word == "and" || word == "+" {
          continue
        } else {
          return .failure(ScheduleError(entry: entry))
        }
      }
      for day in days {
        for part in parts.isEmpty ? [0, 1, 2] : parts { schedule.insert(day: day, part: part) }
      }
    }
    return .success(schedule)
  }

  /// "hverdage"/"weekdays" and "weekend": several days in one word.
  static func dayGroup(_ word: String) -> [Int]? {
    let folded = DanishFolding.fold(word)
    if folded.hasPrefix("hverdag") || folded == "weekdays" { return Array(0..<5) }
    if folded == "weekend" || folded == "weekender" { return [5, 6] }
    return nil
  }

  static func dayIndex(_ word: String) -> Int? {
    let folded = DanishFolding.fold(word)
    for day in 0..<7 {
      let da = DanishFolding.fold(daysDa[day])
      if folded.hasPrefix(da) || folded.hasPrefix(daysEn[day]) { return day }
    }
    return nil
  }

  static func partIndex(_ word: String) -> Int? {
    let folded = DanishFolding.fold(word)
    for part in 0..<3 where folded == partsDa[part] || folded == partsEn[part] {
      return part
    }
    return nil
  }
}

public struct ScheduleError: Error, Equatable, Sendable {
  public let entry: String
}

extension StringProtocol {
  func trimmingCharacters(in set: Character) -> String {
    var slice = Substring(self)
    while slice.first == set { slice.removeFirst() }
    while slice.last == set { slice.removeLast() }
    return String(slice)
  }
}
