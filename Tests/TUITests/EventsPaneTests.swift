import Core
import Testing

@testable import TUI

/// F7 at the desk: a new event from its form (the room taken names the
/// free ones), a sign-up that asks first, cancelling (who moved up),
/// ticking who came, and an event's session in F4 opening the event.
@Suite struct EventsPaneTests {
  static let today = Day(year: 2026, month: 11, day: 23)!

  struct Desk {
    let app: App
    let stores: Stores
    let room: Int64
  }

  func desk() throws -> Desk {
    let path = temporaryDirectory("skranke-events") + "/e.db"
    let store = try AssociationStore(db: try Database(path: path))
    try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen Madsen")
    let rooms = RoomStore(db: store.db)
    let room = try rooms.save(
      Room(
        name: "Store sal", area: "", capacity: 40, facilities: [], cleaningFee: 0,
        opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 22)!))
    _ = try rooms.save(
      Room(
        name: "Lille sal", area: "", capacity: 20, facilities: [], cleaningFee: 0,
        opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 22)!))
    let app = try App(
      store: store, lang: .english, databaseLabel: "e.db", staffInitials: "KM",
      clock: .fixed(Self.today), startOnAssociations: true)
    return Desk(app: app, stores: Stores(store, clock: .fixed(Self.today)), room: room)
  }

  func form(_ events: EventsFeature, _ values: [String: String]) throws -> Form {
    var form = EventForm.make(try events.choices(), lang: .english)
    for (key, value) in values {
      let index = try #require(form.fields.firstIndex { $0.key == key })
      form.fields[index].value = .text(TextField(value))
    }
    return form
  }

  @Test func aNewEventBooksItsRoomAndATakenRoomNamesTheFreeOnes() throws {
    let d = try desk()
    d.app.handle(.function(7))
    let events = d.app.pane(EventsFeature.self)
    let kinds = try events.choices()
    let first = try form(
      events, ["title": "Førstehjælp", "when": "24-11 17-20", "room": "store", "capacity": "12"])
    #expect(events.answer(EventsQuestion.newEvent(kinds), .save(first)) == nil)
    #expect(events.state.event?.title == "Førstehjælp")
    #expect(d.app.message?.text.contains("the room is booked") == true)
    let second = try form(
      events, ["title": "Netværk", "when": "24-11 19-21", "room": "store sal", "capacity": "10"])
    let kept = try #require(events.answer(EventsQuestion.newEvent(kinds), .save(second)))
    #expect(kept.form.field("when")?.error?.contains("already taken") == true)
    #expect(kept.form.message == "Free on every date: Lille sal")
    let bad = try form(events, ["title": "X", "when": "banan", "capacity": "0"])
    let refused = try #require(events.answer(EventsQuestion.newEvent(kinds), .save(bad)))
    #expect(refused.form.field("capacity")?.error == "a whole number from 1 to 10000")
    #expect(refused.form.field("room")?.error != nil)
  }

  @Test func aSecondSignUpAsksFirstAndACancellationSaysWhoMovedUp() throws {
    let d = try desk()
    let kind = try #require(try d.stores.events.kind(named: "kursus"))
    let id = try d.stores.events.add(
      EventPlan(
        title: "Kursus", kindID: kind.id, place: "Biblioteket",
        slot: Slot(day: Self.today, start: ClockTime(hour: 17)!, end: ClockTime(hour: 19)!),
        capacity: 1))
    d.app.handle(.function(7))
    d.app.handle(.enter)
    let events = d.app.pane(EventsFeature.self)
    #expect(d.app.panes.front.context == .eventPeople)
    var form = SignUpForm.make(events.state.event!, counts: events.state.counts, lang: .english)
    form.fields[0].value = .text(TextField("Ane Holm"))
    form.fields[1].value = .text(TextField("20304050"))
    #expect(events.answer(EventsQuestion.signup(id), .save(form)) == nil)
    form.fields[0].value = .text(TextField("Bo Berg"))
    form.fields[1].value = .text(TextField(""))
    #expect(events.answer(EventsQuestion.signup(id), .save(form)) == nil)
    #expect(d.app.message?.text == "Bo Berg: waiting list no. 1")
    form.fields[0].value = .text(TextField("A. Holm"))
    form.fields[1].value = .text(TextField("20 30 40 50"))
    _ = events.answer(EventsQuestion.signup(id), .save(form))
    guard case .confirm(let confirm)? = d.app.modals.last else {
      Issue.record("the same phone twice did not ask")
      return
    }
    #expect(confirm.question.contains("Ane Holm is signed up already"))
    // Ticking: Space on the first signed, and the count follows.
    d.app.modals.removeAll()
    d.app.handle(.char(" "))
    #expect(events.state.people.first?.attended == true)
    #expect(events.state.counts.attended == 1)
    let ane = try #require(events.state.people.first)
    _ = events.answer(EventsQuestion.cancel(ane), .yes)
    #expect(d.app.message?.text == "Cancelled: Ane Holm. Moved up from the waiting list: Bo Berg.")
    #expect(events.state.people.map(\.name) == ["Bo Berg"])
  }

  @Test func anEventsSessionInF4OpensTheEvent() throws {
    let d = try desk()
    let kind = try #require(try d.stores.events.kind(named: "kursus"))
    let id = try d.stores.events.add(
      EventPlan(
        title: "Kursus", kindID: kind.id, roomID: d.room,
        slot: Slot(day: Self.today, start: ClockTime(hour: 10)!, end: ClockTime(hour: 12)!),
        capacity: 10))
    let booking = try #require(
      try d.stores.bookings.bookings(room: d.room, from: Self.today, to: Self.today.adding(1))
        .first)
    d.app.handle(.function(4))
    d.app.pane(RoomsFeature.self).perform(.cancelBooking(booking))
    #expect(d.app.active == .events)
    #expect(d.app.pane(EventsFeature.self).state.event?.id == id)
    #expect(d.app.modals.isEmpty)
  }

  @Test func aNominationIsMadeAndChosenInThePrizesView() throws {
    let d = try desk()
    let sind = try d.stores.associations.save(Association(name: "Foreningen Sind", area: ""))
    d.app.handle(.function(7))
    d.app.handle(.char("i"))
    let events = d.app.pane(EventsFeature.self)
    #expect(events.context == .eventPrizes)
    #expect(events.state.prizeYear == 2026)
    var form = NominationForm.make(year: 2026, lang: .english)
    form.fields[1].value = .text(TextField("Ane Holm"))
    form.fields[2].value = .text(TextField("Bo"))
    #expect(events.answer(EventsQuestion.nominate(2026), .save(form)) == nil)
    form.fields[0].value = .choice(["", ""], 1)
    form.fields[1].value = .text(TextField("Ingen Forening"))
    let refused = try #require(events.answer(EventsQuestion.nominate(2026), .save(form)))
    #expect(refused.form.field("nominee")?.error != nil)
    form.fields[1].value = .text(TextField("Foreningen Sind"))
    #expect(events.answer(EventsQuestion.nominate(2026), .save(form)) == nil)
    #expect(events.state.nominations.map(\.nominee) == ["Foreningen Sind", "Ane Holm"])
    d.app.handle(.down)
    d.app.handle(.enter)
    #expect(events.state.nominations.filter(\.chosen).map(\.nominee) == ["Ane Holm"])
    #expect(try d.stores.prizes.nominations(associationID: sind).count == 1)
    d.app.handle(.escape)
    #expect(events.context == .eventList)
  }

  @Test func anEventIsEditedAndCalledOffFreeingItsRoom() throws {
    let d = try desk()
    let kind = try #require(try d.stores.events.kind(named: "kursus"))
    let id = try d.stores.events.add(
      EventPlan(
        title: "Kursus", kindID: kind.id, roomID: d.room,
        slot: Slot(day: Self.today, start: ClockTime(hour: 10)!, end: ClockTime(hour: 12)!),
        capacity: 1))
    _ = try d.stores.events.signup(SignUpRequest(eventID: id, name: "Ane"))
    _ = try d.stores.events.signup(SignUpRequest(eventID: id, name: "Bo"))
    d.app.handle(.function(7))
    let events = d.app.pane(EventsFeature.self)
    let event = try #require(try d.stores.events.event(id: id))
    let choices = try events.choices()
    var form = EventForm.edit(event, choices, lang: .english)
    let seats = try #require(form.fields.firstIndex { $0.key == "capacity" })
    form.fields[seats].value = .text(TextField("0"))
    let refused = try #require(events.answer(EventsQuestion.editEvent(event, choices), .save(form)))
    #expect(refused.form.field("capacity")?.error == "a whole number from 1 to 10000")
    form.fields[seats].value = .text(TextField("2"))
    #expect(events.answer(EventsQuestion.editEvent(event, choices), .save(form)) == nil)
    #expect(d.app.message?.text == "Saved: Kursus. Moved up from the waiting list: Bo.")
    let line = try #require(events.state.lines.first)
    _ = events.answer(EventsQuestion.callOff(line), .yes)
    #expect(try d.stores.events.event(id: id)?.status == .cancelled)
    #expect(
      try d.stores.bookings.bookings(room: d.room, from: Self.today, to: Self.today.adding(1))
        .isEmpty)
    #expect(throws: EventError.cancelled) {
      try d.stores.events.signup(SignUpRequest(eventID: id, name: "Carl"))
    }
  }

  /// Find opens a sign-up marked among its event's participants; a called
  /// off event is only looked at (no ticks, sign-ups or cancellations).
  @Test func findMarksTheSignUpAndACalledOffEventIsOnlyLookedAt() throws {
    let d = try desk()
    let kind = try #require(try d.stores.events.kind(named: "kursus"))
    let id = try d.stores.events.add(
      EventPlan(
        title: "Kursus", kindID: kind.id, place: "Biblioteket",
        slot: Slot(day: Self.today, start: ClockTime(hour: 17)!, end: ClockTime(hour: 19)!),
        capacity: 5))
    _ = try d.stores.events.signup(SignUpRequest(eventID: id, name: "Ane Holm"))
    let bo = try d.stores.events.signup(SignUpRequest(eventID: id, name: "Bo Berg"))
    let hit = try #require(try d.stores.find.find("bo berg", lang: .english).hits.first)
    #expect(hit.target == .signUp(event: id, id: bo.id))
    d.app.bring(.open(hit.target))
    let events = d.app.pane(EventsFeature.self)
    #expect(d.app.active == .events)
    #expect(events.state.selectedPerson?.name == "Bo Berg")
    try d.stores.events.cancel(event: id)
    events.receive(.refresh)
    d.app.handle(.char(" "))
    #expect(events.state.people.allSatisfy { !$0.attended })
    #expect(!events.offers(.signUp) && !events.offers(.tickAttended))
  }
}
