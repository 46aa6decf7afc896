/// Logging a new inquiry and editing one, with the check that two desks
/// editing at once lose neither edit.
extension InquiryStore {
  /// Logs an inquiry received by `staffID`, who becomes its owner.
  @discardableResult
  public func create(_ input: Inquiry, by staffID: Int64) throws -> Inquiry {
    var inquiry = input
    inquiry.receivedAt = clock.stamp()
    inquiry.ownerID = staffID
    inquiry.receivedByID = staffID
    inquiry.status = .open
    inquiry.version = 1
    try validate(&inquiry)
    return try db.write {
      try db.run(
        """
        INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, asker_contact,
          category_id, text, owner_id, received_by, status, follow_up, version, search_text,
          association_id, id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, 1, ?, ?, \(Schema.nextID("inquiries")))
        """,
        [
          .text(inquiry.receivedAt), .text(inquiry.channel.rawValue),
          .text(inquiry.askerKind.rawValue), .text(inquiry.askerName),
          .text(inquiry.askerContact), .integer(inquiry.categoryID), .text(inquiry.text),
          .integer(staffID), .integer(staffID), .optionalText(inquiry.followUp?.iso),
          .text(Self.searchText(inquiry, note: "")), .int64(inquiry.associationID),
        ])
      inquiry.id = db.lastInsertRowID
      try append(
        [EventDraft(kind: .created, new: inquiry.channel.rawValue)], to: inquiry.id!, by: staffID)
      return inquiry
    }
  }

  /// Logs an inquiry answered on the spot: created and closed with
  /// `outcome` in one transaction (one save at the desk). Counted in the
  /// report like any closed inquiry.
  @discardableResult
  public func create(_ input: Inquiry, by staffID: Int64, answered outcome: Outcome, note: String)
    throws -> Inquiry
  {
    try db.write {
      let made = try create(input, by: staffID)
      return try close(made, outcome: outcome, note: note, by: staffID)
    }
  }

  /// Saves a worker's edit of the fields, made from `base` (what they
  /// loaded). If another desk saved in between, fields only one side changed
  /// are combined; if both changed the same field differently, nothing is
  /// saved and `changedMeanwhile` says what the other desk wrote. Returns the
  /// saved inquiry and the other desk's changes that were kept.
  public func update(_ edited: Inquiry, from base: Inquiry, by staffID: Int64) throws -> (
    saved: Inquiry, theirs: [InquiryChange]
  ) {
    guard let id = base.id else { throw InquiryError.notFound }
    var checked = edited
    try validate(&checked)
    return try db.write {
      guard let current = try inquiry(id: id) else { throw InquiryError.notFound }
      let mine = InquiryField.allCases.filter { $0.value(of: checked) != $0.value(of: base) }
      let theirs = InquiryField.allCases.filter { $0.value(of: current) != $0.value(of: base) }
      let clashes = mine.filter {
        theirs.contains($0) && $0.value(of: checked) != $0.value(of: current)
      }
      if !clashes.isEmpty {
        throw InquiryError.changedMeanwhile(
          clashes.map {
            InquiryChange(what: .field($0), old: $0.value(of: base), new: $0.value(of: current))
          })
      }
      if checked.followUp == nil && !current.status.isClosed {
        throw InquiryError.missing(.followUp)
      }
      var merged = current
      for field in mine { field.copy(from: checked, to: &merged) }
      var events: [EventDraft] = []
      for field in mine where field.value(of: merged) != field.value(of: current) {
        let kind: InquiryEvent.Kind = field == .followUp ? .followUp : .edited
        events.append(
          EventDraft(
            kind: kind, field: field, old: field.value(of: current), new: field.value(of: merged)))
      }
      if !events.isEmpty { merged = try write(merged, over: current, events: events, by: staffID) }
      let kept = theirs.filter { !mine.contains($0) }.map {
        InquiryChange(what: .field($0), old: $0.value(of: base), new: $0.value(of: current))
      }
      return (merged, kept)
    }
  }

  /// Checks the fields a worker fills in and tidies them (a phone number is
  /// stored as 8 digits).
  func validate(_ inquiry: inout Inquiry) throws {
    var errors: [InquiryField: FieldError] = [:]
    if inquiry.text.trimmingCharacters(in: " ").isEmpty { errors[.text] = .required }
    Validation.apply(
      Validation.text(inquiry.text, max: Validation.longText, lines: true), .text,
      to: &inquiry.text, errors: &errors)
    Validation.apply(
      Validation.text(inquiry.askerName), .askerName, to: &inquiry.askerName, errors: &errors)
    let contact = inquiry.askerContact.trimmingCharacters(in: " ")
    if contact.contains("@") {
      switch Validation.email(contact) {
      case .success(let email): inquiry.askerContact = email
      case .failure(let error): errors[.askerContact] = error
      }
    } else if !contact.isEmpty {
      switch Validation.phone(contact) {
      case .success(let phone): inquiry.askerContact = phone
      case .failure(let error): errors[.askerContact] = error
      }
    }
    let known = try db.scalarInt(
      "SELECT count(*) FROM inquiry_categories WHERE id = ?", [.integer(inquiry.categoryID)])
    if known == 0 { errors[.category] = .required }
    if inquiry.followUp == nil && !inquiry.status.isClosed { errors[.followUp] = .required }
    try placeAssociation(&inquiry, isNew: inquiry.id == nil, errors: &errors)
    if !errors.isEmpty { throw InquiryError.invalid(errors) }
  }

  /// The association named must exist; with none named, a new inquiry
  /// asked by an association is the association its name says (exactly,
  /// folded), so its own inquiries reach its file without a second field
  /// to fill in. An edit keeps what the worker left (never filled in
  /// behind their back, nor clashing with another desk's choice).
  private func placeAssociation(
    _ inquiry: inout Inquiry, isNew: Bool, errors: inout [InquiryField: FieldError]
  ) throws {
    if let id = inquiry.associationID {
      let name = try db.map("SELECT name FROM associations WHERE id = ?", [.integer(id)]) {
        $0.text("name")
      }
      guard let name = name.first else {
        errors[.association] = .unknownAssociation
        return
      }
      inquiry.associationName = name
    } else if isNew, inquiry.askerKind == .association {
      let folded = DanishFolding.fold(inquiry.askerName)
      guard !folded.isEmpty else { return }
      let found = try db.map(
        "SELECT id, name FROM associations WHERE name_fold = ?", [.text(folded)]
      ) { ($0.int("id"), $0.text("name")) }
      if let (id, name) = found.first {
        inquiry.associationID = id
        inquiry.associationName = name
      }
    }
  }

  /// Writes `new` over `old` (one version on), with its timeline entries.
  /// `note` (a closing note) is also made searchable.
  func write(
    _ new: Inquiry, over old: Inquiry, events: [EventDraft], by staffID: Int64, note: String = ""
  )
    throws -> Inquiry
  {
    var saved = new
    saved.version = old.version + 1
    let (status, waitingOn) = saved.status.columns
    try db.run(
      """
      UPDATE inquiries SET channel = ?, asker_kind = ?, asker_name = ?, asker_contact = ?,
        category_id = ?, text = ?, owner_id = ?, status = ?, waiting_on = ?, follow_up = ?,
        closed_at = ?, outcome = ?, handed_over_from = ?, version = ?,
        search_text = ?, association_id = ?
      WHERE id = ? AND version = ?
      """,
      [
        .text(saved.channel.rawValue), .text(saved.askerKind.rawValue), .text(saved.askerName),
        .text(saved.askerContact), .integer(saved.categoryID), .text(saved.text),
        .integer(saved.ownerID), .text(status), .optionalText(waitingOn),
        .optionalText(saved.followUp?.iso), .optionalText(saved.closedAt),
        .optionalText(saved.outcome?.rawValue), .int64(saved.handedOverFromID),
        .integer(saved.version), .text(Self.searchText(saved, note: note)),
        .int64(saved.associationID), .integer(old.id!), .integer(old.version),
      ])
    guard db.changes == 1 else { throw InquiryError.changedMeanwhile([]) }
    try append(events, to: old.id!, by: staffID)
    return saved
  }

  func append(_ events: [EventDraft], to id: Int64, by staffID: Int64) throws {
    let at = clock.stamp()
    for event in events {
      try db.run(
        """
        INSERT INTO inquiry_events(inquiry_id, at, staff_id, kind, field, old_value, new_value, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(id), .text(at), .integer(staffID), .text(event.kind.rawValue),
          .optionalText(
            event.field?.rawValue ?? event.grantField?.rawValue
              ?? event.closedFor.map { "for:" + $0 }), .text(event.old),
          .text(event.new),
          .text(event.text),
        ])
    }
  }

  /// What the closed-inquiry search looks in, folded.
  static func searchText(_ inquiry: Inquiry, note: String) -> String {
    var text = DanishFolding.fold(
      [inquiry.askerName, inquiry.askerContact, inquiry.text, note].joined(separator: " "))
    // A phone number's digits once more without spaces, so it is found
    // however it is typed (`Schema.v9` does the same for older rows).
    let digits = inquiry.askerContact.filter { $0.isASCII && $0.isNumber }
    if digits.count >= 6 && !inquiry.askerContact.contains("@") { text += " " + digits }
    return text
  }
}
