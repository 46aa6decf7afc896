/// The centre's own events for `skranke --demo`: one today (so I dag shows
/// its counts), a weekly first-aid course that is full with two waiting,
/// Frivillig Fredag, and a network meeting at an outside address. The
/// times are ones `DemoBookings` never takes, whatever today's weekday.
enum DemoEvents {
  static let people = [
    "Anne Holm", "Bo Berg", "Carla Dahl", "Dorte Eriksen", "Erik Friis", "Fatima Ali",
    "Gitte Hansen", "Hans Iversen", "Ida Jensen", "Jonas Kjær", "Karin Lund", "Lars Møller",
    "Maja Nielsen", "Niels Olsen",
  ]

  static func seed(_ store: AssociationStore, today: Day) throws {
    let events = EventStore(db: store.db, clock: .fixed(today, "09:00"))
    let rooms = RoomStore(db: store.db)
    func kind(_ name: String) throws -> Int64 { try events.kind(named: name)?.id ?? 1 }
    func at(_ day: Day, _ from: Int, _ to: Int) -> Slot {
      Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!)
    }
    let small = try rooms.room(named: "Mødelokale 1")?.id
    let hall = try rooms.room(named: "Store sal")?.id
    var coffee = EventPlan(
      title: "Kaffemøde for nye frivillige", kindID: try kind("netværksmøde"), roomID: small,
      slot: at(today, 15, 16), capacity: 12)
    coffee.isPublic = true
    var course = EventPlan(
      title: "Førstehjælp for frivillige", kindID: try kind("kursus"),
      roomID: hall, slot: at(today.adding(1), 16, 19),
      weeklyUntil: today.adding(22), capacity: 12, deadline: today)
    course.isPublic = true
    course.price = 50
    var party = EventPlan(
      title: "Frivillig Fredag", kindID: try kind("fest"),
      roomID: try rooms.room(named: "Salen")?.id,
      slot: at(today.monday.adding(11), 17, 21), capacity: 40)
    party.isPublic = true
    let meeting = EventPlan(
      title: "Netværksmøde for foreningernes formænd", kindID: try kind("netværksmøde"),
      place: "Hjørring Bibliotek, Østergade 1", slot: at(today.adding(14), 19, 21), capacity: 30)
    // Times the demo's bookings never take, whatever the weekday.
    let made = try [coffee, course, party, meeting].map { try events.add($0) }
    let signups = [5, 14, 8, 3]
    for (id, count) in zip(made, signups) {
      for (index, name) in people.prefix(count).enumerated() {
        _ = try events.signup(
          SignUpRequest(
            eventID: id, name: name,
            phone: String(20_000_000 + Int(id % 10) * 1_000_000 + index * 1111)),
          confirmed: true)
      }
    }
  }
}
