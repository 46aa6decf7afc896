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

  /// Size, accessibility and hours (facilities are compared folded, by the finder).
  func allows(_ room: Room, _ slot: Slot) -> Bool {
    if let attendees, room.capacity < attendees { return false }
    if accessibleToilet && !room.accessibleToilet { return false }
    if stepFree && !room.stepFree { return false }
    if nearTransport && !room.nearTransport { return false }
    return room.opens <= slot.start && slot.end <= room.closes
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
/// wanted area, its neighbours, elsewhere; then the capacity closest above
/// the need; then by name).
/// The list of rooms is kept between searches and read again only when
/// `rooms_generation` moved (triggers move it on any change to rooms).
public final class RoomFinder {
  public let db: Database

  /// A room as the search uses it: its facilities and area already folded,
  /// its place in Danish name order as a number.
  struct Entry {
    let room: Room
    let facilities: Set<String>
    let area: String
  }

  private var cached: (generation: Int64, entries: [Entry], position: [Int64: Int])?

  public init(db: Database) { self.db = db }

  /// Active rooms in Danish order (the store's order), and where each id is.
  private func entries(trace: ((SearchStep) -> Void)?) throws -> ([Entry], [Int64: Int]) {
    let step = SearchStep(sql: "SELECT n FROM rooms_generation", values: [])
    trace?(step)
    let generation = try db.scalarInt(step.sql)
    if let cached, cached.generation == generation { return (cached.entries, cached.position) }
    let entries = try RoomStore(db: db).rooms(trace: trace).map {
      Entry(
        room: $0, facilities: Set($0.facilities.map { DanishFolding.fold($0) }),
        area: DanishFolding.fold($0.area))
    }
    var position: [Int64: Int] = [:]
    for (index, entry) in entries.enumerated() { position[entry.room.id!] = index }
    cached = (generation, entries, position)
    return (entries, position)
  }

  /// The statement for one wanted slot: every room's bookings in the way,
  /// read from the covering index of active bookings by time.
  static func clashStep(_ slot: Slot) -> SearchStep {
    SearchStep(
      sql: """
        SELECT b.id, b.room_id, b.starts_at, b.ends_at, coalesce(a.name, e.title) AS association_name
        FROM bookings b INDEXED BY bookings_active_time
        LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
        WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ? AND b.ends_at > ?
        """, values: [.text(slot.day.iso), .text(slot.endsAt), .text(slot.startsAt)])
  }

  public func find(
    _ slots: [Slot], needs: RoomNeeds, trace: ((SearchStep) -> Void)? = nil
  ) throws -> [RoomOption] {
    guard let first = slots.first else { return [] }
    let facilities = Set(needs.facilities.map { DanishFolding.fold($0) })
    var entries: [Entry] = []
    var fits: [Bool] = []
    var clashes: [[Clash]] = []
    let area = DanishFolding.fold(needs.area.trimmingCharacters(in: " "))
    var neighbours: Set<String> = []
    try db.read {
      if !area.isEmpty {
        let step = Self.neighbourStep(area)
        trace?(step)
        try db.forEach(step.sql, step.values) { neighbours.insert($0.text("name_fold")) }
      }
      let (all, position) = try self.entries(trace: trace)
      entries = all
      fits = all.map { needs.allows($0.room, first) && facilities.isSubset(of: $0.facilities) }
      clashes = Array(repeating: [], count: all.count)
      for slot in slots {
        let step = Self.clashStep(slot)
        trace?(step)
        try db.forEach(
          step.sql, step.values,
          columns: ["id", "room_id", "starts_at", "ends_at", "association_name"]
        ) { row, column in
          // Rooms that do not fit are not shown: their clashes are not read.
          guard let at = position[row.int(column[1])], fits[at],
            let taken = row.withBytes(
              column[2],
              { start in
                row.withBytes(column[3]) { end in Slot(startBytes: start, endBytes: end) }
              })
          else { return }
          clashes[at].append(
            Clash(
              wanted: slot, bookingID: row.int(column[0]), taken: taken,
              associationName: row.text(column[4])))
        }
      }
    }
    // One integer per room orders them: taken dates, then the wanted area
    // (0), a neighbour (1) or elsewhere (2), then spare seats, then the
    // room's place in name order.
    var keyed: [(key: Int, at: Int)] = []
    for at in entries.indices where fits[at] {
      let entry = entries[at]
      let spare = max(0, entry.room.capacity - (needs.attendees ?? 0))
      let distance =
        area.isEmpty || entry.area == area ? 0 : neighbours.contains(entry.area) ? 1 : 2
      let key =
        (Self.takenCount(clashes[at]) << 46) | (distance << 44) | (min(spare, 1 << 23) << 20) | at
      keyed.append((key, at))
    }
    keyed.sort { $0.key < $1.key }
    return keyed.map { RoomOption(room: entries[$0.at].room, clashes: clashes[$0.at]) }
  }

  /// The folded names of the wanted area's neighbours.
  static func neighbourStep(_ area: String) -> SearchStep {
    SearchStep(
      sql: """
        SELECT n.name_fold FROM areas a
        JOIN area_neighbours x ON x.area_id = a.id JOIN areas n ON n.id = x.neighbour_id
        WHERE a.name_fold = ?
        """, values: [.text(area)])
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
