/// A lokale: a room associations can borrow.
public struct Room: Equatable, Sendable {
  public var id: Int64?
  public var name: String
  public var address: String
  public var area: String
  public var capacity: Int
  /// Facility names ("køkken", "projektor").
  public var facilities: [String]
  public var accessibleToilet: Bool
  public var stepFree: Bool
  public var nearTransport: Bool
  /// Whole kroner, charged per booking.
  public var cleaningFee: Int
  /// Bookable from `opens` to `closes` every day.
  public var opens: ClockTime
  public var closes: ClockTime
  /// Practical notes (where the key is). Never codes or passwords.
  public var notes: String
  public var active: Bool

  public init(
    id: Int64? = nil, name: String, address: String = "", area: String = "", capacity: Int = 10,
    facilities: [String] = [], accessibleToilet: Bool = false, stepFree: Bool = false,
    nearTransport: Bool = false, cleaningFee: Int = 0, opens: ClockTime = ClockTime(hour: 8)!,
    closes: ClockTime = ClockTime(hour: 22)!, notes: String = "", active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.address = address
    self.area = area
    self.capacity = capacity
    self.facilities = facilities
    self.accessibleToilet = accessibleToilet
    self.stepFree = stepFree
    self.nearTransport = nearTransport
    self.cleaningFee = cleaningFee
    self.opens = opens
    self.closes = closes
    self.notes = notes
    self.active = active
  }
}

/// The columns of `rooms.csv`, also the keys of the room form.
extension Room {
  /// The numbers a room holds, and their ranges: a room seats at least
  /// one, and its cleaning fee is at most a symbolic amount's hundredfold.
  public static let ranges: [RoomField: ClosedRange<Int>] = [
    .capacity: 1...10_000, .cleaningFee: 0...100_000,
  ]

  /// A number typed for `field` (ASCII digits), or its range said.
  public static func number(_ text: String, _ field: RoomField) -> Result<Int, FieldError> {
    let range = ranges[field] ?? 0...100_000
    guard let value = ASCIIDigits.value(text.trimmed, maxDigits: 9), range.contains(value) else {
      return .failure(.outOfRange(range.lowerBound, range.upperBound))
    }
    return .success(value)
  }
}

public enum RoomField: String, CaseIterable, Sendable {
  case name, address, area, capacity, facilities
  case accessibleToilet = "accessible_toilet"
  case stepFree = "step_free"
  case nearTransport = "near_transport"
  case cleaningFee = "cleaning_fee"
  case opens, closes, notes, active
}
