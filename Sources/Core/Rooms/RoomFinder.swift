/// What a room must have.
public struct RoomNeeds: Equatable, Sendable {
  public var attendees: Int?
  public var accessibleToilet: Bool
  public var stepFree: Bool
  public var nearTransport: Bool
  public var facilities: [String]
  public var area: String

  public init(
    attendees: Int? = nil, accessibleToilet: Bool = false, stepFree: Bool = false,
    nearTransport: Bool = false, facilities: [String] = [], area: String = ""
  ) {
    self.attendees = attendees
    self.accessibleToilet = accessibleToilet
    self.stepFree = stepFree
    self.nearTransport = nearTransport
    self.facilities = facilities
    self.area = area
  }

  func allows(_ room: Room, _ slot: Slot) -> Bool {
    if let attendees, room.capacity < attendees { return false }
    if accessibleToilet && !room.accessibleToilet { return false }
    if stepFree && !room.stepFree { return false }
    if nearTransport && !room.nearTransport { return false }
    guard room.opens <= slot.start && slot.end <= room.closes else { return false }
    if facilities.isEmpty { return true }
    let has = Set(room.facilities.map { DanishFolding.fold($0) })
    return facilities.allSatisfy { has.contains(DanishFolding.fold($0)) }
  }
}

/// A room that fits, and the wanted dates it is taken on.
public struct RoomOption: Equatable, Sendable {
  public let room: Room
  public let clashes: [Clash]

  /// Wanted dates someone else has.
  public var takenDates: [Day] {
    clashes.isEmpty ? [] : Array(Set(clashes.map(\.wanted.day))).sorted()
  }
}

/// Finds rooms for a slot or a series: the rooms that have what is needed,
/// best first (free on every date, then fewest taken dates; then the
/// capacity closest above the need; then the wanted area; then by name).
/// The list of rooms is kept between searches and read again only when
/// `rooms_generation` moved (triggers move it on any change to rooms).
public final class RoomFinder {
  public let db: Database
  private var cached: (generation: Int64, rooms: [(Room, String)])?

  public init(db: Database) { self.db = db }

  /// Active rooms with their Danish sort keys.
  private func rooms(trace: ((SearchStep) -> Void)?) throws -> [(Room, String)] {
    let step = SearchStep(sql: "SELECT n FROM rooms_generation", values: [])
    trace?(step)
    let generation = try db.scalarInt(step.sql)
    if let cached, cached.generation == generation { return cached.rooms }
    let rooms = try RoomStore(db: db).rooms(trace: trace).map { ($0, DanishSortKey.make($0.name)) }
    cached = (generation, rooms)
    return rooms
  }

  /// The statement for one wanted slot: every room's bookings in the way,
  /// read from the covering index of active bookings by time.
  static func clashStep(_ slot: Slot) -> SearchStep {
    SearchStep(
      sql: """
        SELECT b.id, b.room_id, b.starts_at, b.ends_at, a.name
        FROM bookings b INDEXED BY bookings_active_time
        CROSS JOIN associations a ON a.id = b.association_id
        WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ? AND b.ends_at > ?
        """, values: [.text(slot.day.iso), .text(slot.endsAt), .text(slot.startsAt)])
  }

  public func find(
    _ slots: [Slot], needs: RoomNeeds, trace: ((SearchStep) -> Void)? = nil
  ) throws -> [RoomOption] {
    guard let first = slots.first else { return [] }
    var clashes: [Int64: [Clash]] = [:]
    var rooms: [(Room, String)] = []
    try db.read {
      rooms = try self.rooms(trace: trace).filter { needs.allows($0.0, first) }
      let wanted = Set(rooms.map { $0.0.id! })
      for slot in slots {
        let step = Self.clashStep(slot)
        trace?(step)
        try db.forEach(step.sql, step.values) { row in
          // Rooms that do not fit are not shown: their clashes are not read.
          let room = row.int(1)
          guard wanted.contains(room), let taken = Slot(startsAt: row.text(2), endsAt: row.text(3))
          else { return }
          clashes[room, default: []].append(
            Clash(wanted: slot, bookingID: row.int(0), taken: taken, associationName: row.text(4)))
        }
      }
    }
    let area = DanishFolding.fold(needs.area)
    // The order's parts, made once per room (not once per comparison).
    let ranked = rooms.map { room, key -> (RoomOption, Int, Int, Bool, String) in
      let option = RoomOption(room: room, clashes: clashes[room.id!] ?? [])
      let here = !area.isEmpty && DanishFolding.fold(room.area) == area
      return (
        option, Self.takenCount(option.clashes), room.capacity - (needs.attendees ?? 0), here, key
      )
    }
    return ranked.sorted { a, b in
      if a.1 != b.1 { return a.1 < b.1 }
      if a.2 != b.2 { return a.2 < b.2 }
      if a.3 != b.3 { return a.3 }
      return a.4 < b.4
    }.map(\.0)
  }

  /// Distinct wanted dates among clashes, which come in slot order.
  public static func takenCount(_ clashes: [Clash]) -> Int {
    var count = 0
    var last: Day?
    for clash in clashes where clash.wanted.day != last {
      count += 1
      last = clash.wanted.day
    }
    return count
  }
}
