/// Signing up, cancelling (the first on the waiting list moves up) and
/// attendance. Each runs in one `BEGIN IMMEDIATE` transaction, so two desks
/// signing up for the last seat end with one seat taken and one waiting.
extension EventStore {
  /// Signs up, or puts on the waiting list past the capacity. After the deadline, or when the same person
  /// is signed up already, it asks first (`EventError.asks`) unless
  /// `confirmed`.
  public func signup(_ request: SignUpRequest, confirmed: Bool = false, by staffID: Int64? = nil)
    throws -> SignUpOutcome
  {
    let name = try Self.checked(.name, Validation.text(request.name.trimmed))
    if name.isEmpty && request.associationID == nil {
      throw EventError.invalid(.name, .required)
    }
    let phone = try Self.checked(.phone, Validation.phone(request.phone))
    let email = try Self.checked(.email, Validation.email(request.email))
    try Self.inRange(request.seats, SignUpRequest.seatRange, .seats)
    return try db.write {
      guard let event = try event(id: request.eventID) else {
        throw EventError.notFound(request.eventID)
      }
      guard event.status == .active else { throw EventError.cancelled }
      if let association = request.associationID,
        try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", [.integer(association)])
          == 0
      {
        throw EventError.invalid(.name, .unknownAssociation)
      }
      var questions: [SignUpQuestion] = []
      if let last = event.lastSignUpDay, event.pastDeadline(on: clock.now().day) {
        questions.append(event.deadline == nil ? .began(last) : .pastDeadline(last))
      }
      let nameFold = DanishFolding.fold(name)
      let emailFold = email.lowercased()
      questions += try db.map(
        """
        SELECT s.name, coalesce(a.name, '') AS association_name, s.status FROM event_signups s
          LEFT JOIN associations a ON a.id = s.association_id
        WHERE s.event_id = ?1 AND s.status <> 'cancelled'
          AND ((s.phone_digits = ?2 AND ?2 <> '') OR (s.email_fold = ?3 AND ?3 <> '')
            OR (s.name_fold = ?4 AND s.association_id IS ?5))
        ORDER BY s.id LIMIT 1
        """,
        [
          .integer(event.id), .text(phone), .text(emailFold), .text(nameFold),
          .int64(request.associationID),
        ]
      ) {
        let who = $0.text("name").isEmpty ? $0.text("association_name") : $0.text("name")
        return .alreadySigned(who, SignUp.Status(rawValue: $0.text("status")) ?? .signed)
      }
      if !questions.isEmpty && !confirmed { throw EventError.asks(questions) }
      let counts = try self.counts(eventID: event.id, session: nil)
      guard request.seats <= event.capacity else {
        throw EventError.invalid(.seats, .outOfRange(1, event.capacity))
      }
      // Whoever waits does not fit in the free seats (`moveUp` keeps it
      // so): a sign-up that fits takes them.
      let fits = counts.signed + request.seats <= event.capacity
      try db.run(
        """
        INSERT INTO event_signups(event_id, name, name_fold, phone, phone_digits, email, email_fold,
          association_id, seats, status, signed_at, signed_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(event.id), .text(name), .text(nameFold), .text(phone), .text(phone),
          .text(email), .text(emailFold), .int64(request.associationID), .int(request.seats),
          .text(fits ? "signed" : "waiting"), .text(clock.stamp()), .int64(staffID),
        ])
      let id = db.lastInsertRowID
      if fits { return .signed(id) }
      return .waiting(id, number: counts.waiting + 1)
    }
  }

  /// Cancels a sign-up. When it held seats, the waiting list moves up in
  /// its order: each whose seats fit the seats free (a group too big for
  /// them keeps its place, and the next who fits goes ahead); returns who
  /// moved.
  @discardableResult
  public func cancel(signup id: Int64, by staffID: Int64? = nil) throws -> [SignUp] {
    try db.write {
      guard let signup = try signup(id: id), signup.status != .cancelled else {
        throw EventError.signupNotFound(String(id))
      }
      try db.run(
        """
        UPDATE event_signups SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?
        WHERE id = ?
        """, [.text(clock.stamp()), .int64(staffID), .integer(id)])
      guard signup.status == .signed, let event = try event(id: signup.eventID) else { return [] }
      return try moveUp(event)
    }
  }

  /// Moves the waiting up in their order, each whose seats fit.
  func moveUp(_ event: Event) throws -> [SignUp] {
    var free = event.capacity - (try counts(eventID: event.id, session: nil)).signed
    var moved: [SignUp] = []
    for waiting in try participants(eventID: event.id).filter({ $0.status == .waiting }) {
      guard waiting.seats <= free else { continue }
      try db.run(
        "UPDATE event_signups SET status = 'signed', moved_up_at = ? WHERE id = ?",
        [.text(clock.stamp()), .integer(waiting.id)])
      free -= waiting.seats
      moved.append(waiting)
    }
    return moved
  }

  /// Ticks (or unticks) a sign-up as come to a session.
  public func setAttended(signup id: Int64, session sessionID: Int64, _ attended: Bool) throws {
    try db.write {
      guard let signup = try signup(id: id), signup.status == .signed else {
        throw EventError.signupNotFound(String(id))
      }
      guard
        let starts = try db.map(
          "SELECT starts_at FROM event_sessions WHERE id = ? AND event_id = ?",
          [.integer(sessionID), .integer(signup.eventID)], { $0.text("starts_at") }
        ).first
      else { throw EventError.notFound(signup.eventID) }
      // Who came is known on the day, not before.
      if let day = Day(iso: String(starts.prefix(10))), day > clock.now().day {
        throw EventError.notYet(day)
      }
      if attended {
        try db.run(
          "INSERT OR IGNORE INTO event_attendance(session_id, signup_id) VALUES (?, ?)",
          [.integer(sessionID), .integer(id)])
      } else {
        try db.run(
          "DELETE FROM event_attendance WHERE session_id = ? AND signup_id = ?",
          [.integer(sessionID), .integer(id)])
      }
    }
  }

  /// The session attendance is ticked for: the day's asked for; with no
  /// day, today's, else the only one.
  public func session(of event: Event, on day: Day?) throws -> EventSession {
    let today = clock.now().day
    if let session = event.session(on: day ?? today) { return session }
    if day == nil, event.sessions.count == 1, let only = event.sessions.first { return only }
    throw EventError.noSession(day ?? today)
  }

  /// Seats taken, sign-ups waiting, and (for a session) seats come.
  public func counts(eventID: Int64, session: Int64?) throws -> EventCounts {
    try db.map(
      """
      SELECT coalesce(sum(CASE WHEN status = 'signed' THEN seats END), 0) AS signed,
        count(CASE WHEN status = 'waiting' THEN 1 END) AS waiting,
        coalesce((SELECT sum(s.seats) FROM event_attendance t
          JOIN event_signups s ON s.id = t.signup_id
          WHERE t.session_id = ?2 AND s.status = 'signed'), 0) AS attended
      FROM event_signups WHERE event_id = ?1 AND status IN ('signed', 'waiting')
      """, [.integer(eventID), .int64(session)]
    ) {
      EventCounts(
        signed: Int($0.int("signed")), waiting: Int($0.int("waiting")),
        attended: Int($0.int("attended")))
    }.first ?? EventCounts()
  }

  static let signupColumns = """
    s.id, s.event_id, s.name, s.phone, s.email, s.association_id,
    coalesce(a.name, '') AS association_name, s.seats, s.status
    """

  static func signup(_ row: Statement) -> SignUp {
    SignUp(
      id: row.int("id"), eventID: row.int("event_id"), name: row.text("name"),
      phone: row.text("phone"), email: row.text("email"),
      associationID: row.optionalInt("association_id"),
      associationName: row.text("association_name"), seats: Int(row.int("seats")),
      status: SignUp.Status(rawValue: row.text("status")) ?? .signed, waitingNumber: nil,
      attended: false)
  }

  public func signup(id: Int64) throws -> SignUp? {
    try db.map(
      """
      SELECT \(Self.signupColumns) FROM event_signups s
        LEFT JOIN associations a ON a.id = s.association_id WHERE s.id = ?
      """, [.integer(id)], Self.signup
    ).first
  }

  /// The signed, in the order they signed up, then the waiting list in its
  /// order (numbered); with `session`, who is ticked as come to it.
  public func participants(
    eventID: Int64, session: Int64? = nil, trace: ((SearchStep) -> Void)? = nil
  ) throws -> [SignUp] {
    let step = SearchStep(sql: Self.participantsSQL, values: [.integer(eventID), .int64(session)])
    trace?(step)
    var people: [SignUp] = []
    people.reserveCapacity(1024)
    var waiting = 0
    // An event may have thousands: the column names are looked up once,
    // the status is read from its first byte, and an association's name
    // is made once however many come from it.
    var associations: [Int64: String] = [:]
    try db.forEach(
      step.sql, step.values,
      columns: [
        "id", "event_id", "name", "phone", "email", "association_id", "association_name", "seats",
        "status", "came",
      ]
    ) { row, c in
      let status: SignUp.Status = row.withBytes(c[8]) {
        $0.first == UInt8(ascii: "w")
          ? .waiting : $0.first == UInt8(ascii: "c") ? .cancelled : .signed
      }
      if status == .waiting { waiting += 1 }
      let association = row.isNull(c[5]) ? nil : row.int(c[5])
      var associationName = ""
      if let association {
        if let known = associations[association] {
          associationName = known
        } else {
          associationName = row.text(c[6])
          associations[association] = associationName
        }
      }
      people.append(
        SignUp(
          id: row.int(c[0]), eventID: row.int(c[1]), name: row.text(c[2]), phone: row.text(c[3]),
          email: row.text(c[4]), associationID: association, associationName: associationName,
          seats: Int(row.int(c[7])), status: status,
          waitingNumber: status == .waiting ? waiting : nil, attended: row.int(c[9]) != 0))
    }
    return people
  }

  /// The statement behind `participants`.
  static let participantsSQL = """
    SELECT \(signupColumns), EXISTS (SELECT 1 FROM event_attendance t
        WHERE t.session_id = ?2 AND t.signup_id = s.id) AS came
    FROM event_signups s INDEXED BY event_signups_event
      LEFT JOIN associations a ON a.id = s.association_id
    WHERE s.event_id = ?1 AND s.status IN ('signed', 'waiting')
    ORDER BY s.status, s.id
    """

  /// The live sign-ups of an event that answer to a name (folded, whole)
  /// or a phone number: for the command line's cancel and attended.
  public func signups(eventID: Int64, name: String?, phone: String?) throws -> [SignUp] {
    let digits = try phone.map { try Self.checked(.phone, Validation.phone($0)) }
    return try participants(eventID: eventID).filter {
      if let digits { return $0.phone == digits }
      if let name { return DanishFolding.fold($0.who) == DanishFolding.fold(name) }
      return false
    }
  }
}
