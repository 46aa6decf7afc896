/// Targets for what a person types and a file holds, one reader each.
enum TextTargets {
  /// Two days to read relative to: an ordinary one, and New Year's Eve
  /// (yearless dates and week numbers turn over there).
  static let days = [Day(year: 2026, month: 12, day: 7)!, Day(year: 2026, month: 12, day: 31)!]

  /// Bytes as every encoding a file arrives in: what decodes re-encodes to
  /// the same bytes, and what is refused says a line and a column inside it.
  static func decode(_ input: FuzzInput) {
    let bytes = input.bytes
    do {
      let (text, encoding) = try TextDecoding.decode(bytes)
      require(!text.unicodeScalars.contains("\0"), "a NUL was decoded")
      switch encoding {
      case .utf8:
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        require(Array(text.utf8) == body, "UTF-8 did not read back as its bytes")
      case .utf16:
        let little = bytes[0] == 0xFF
        var again: [UInt8] = []
        for unit in text.utf16 {
          let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
          again += little ? [low, high] : [high, low]
        }
        require(again == Array(bytes.dropFirst(2)), "UTF-16 did not read back as its bytes")
      case .windows1252:
        let scalars = Array(text.unicodeScalars)
        require(scalars.count == bytes.count, "Windows-1252 is one character a byte")
        for (scalar, byte) in zip(scalars, bytes) where byte < 0x80 {
          require(scalar.value == UInt32(byte), "Windows-1252 changed an ASCII byte")
        }
      }
    } catch {
      let lines = bytes.filter { $0 == 0x0A }.count + 1
      require(error.line >= 1 && error.line <= max(lines, 1), "failure line \(error.line)")
      require(error.column >= 1, "failure column \(error.column)")
    }
  }

  /// Any text parses or is refused with a line; and rows written by the
  /// exports' writer read back as the same rows (controls dropped).
  static func csv(_ input: FuzzInput) {
    let text = input.text
    if let records = try? CSVParser.parse(text) {
      var last = 0
      for record in records {
        require(record.line > last, "records out of line order")
        last = record.line
      }
    }
    // Rows from the input: U+001E ends a row, U+001F a field.
    let rows = text.splitScalars { $0 == "\u{1E}" }.map { $0.splitScalars { $0 == "\u{1F}" } }
    for separator in [",", ";"] as [Unicode.Scalar] {
      var file = "h1\(separator)h2\(separator)h3\r\n"
      var expected: [[String]] = [["h1", "h2", "h3"]]
      for row in rows {
        let cells = row.map { CSVParser.escape($0, separator: separator) }
        for cell in cells {
          var unquoted = cell
          if unquoted.hasPrefix("\"") { unquoted.removeFirst() }
          if let first = unquoted.unicodeScalars.first {
            require(
              !CSVParser.formulaStarts.contains(first) || first == "'",
              "a cell starts a formula: \(codes(cell))")
          }
        }
        file += cells.joined(separator: String(Character(separator))) + "\r\n"
        let clean = row.map(WriterTargets.withoutControls)
        if !(clean.count == 1 && clean[0].isEmpty) { expected.append(clean) }
      }
      let read: [CSVRecord]
      do { read = try CSVParser.parse(file) } catch {
        require(false, "written rows did not parse: \(error.reason) at \(error.line)")
        return
      }
      let got = read.map { $0.fields.map(CSVParser.unguard) }
      require(got.count == expected.count, "\(expected.count) rows written, \(got.count) read")
      for (a, b) in zip(got, expected) {
        require(a == b, "a row read back differently: \(a.map(codes)) vs \(b.map(codes))")
      }
    }
  }

  /// A date that is read prints back as the same date, every way it prints.
  static func dates(_ input: FuzzInput) {
    let text = input.text
    for today in days {
      guard let day = DateInput.parse(text, today: today) else { continue }
      require((1900...9999).contains(day.parts.year), "a year out of range: \(day.iso)")
      require(DateInput.parse(day.numeric, today: today) == day, "\(day.numeric) read back")
      require(DateInput.parse(day.iso, today: today) == day, "\(day.iso) read back")
      require(Day(iso: day.iso) == day, "Day(iso:) of \(day.iso)")
      require(DateInput.withYear(day.iso) == day, "withYear of \(day.iso)")
    }
    if let day = DateInput.withYear(text) {
      require(DateInput.withYear(day.numeric) == day, "withYear of \(day.numeric)")
    }
    // Looking back: only a date that says its own year (or +3) is ahead.
    if let day = DateInput.latest(text, today: days[0]), day > days[0] {
      require(DateInput.parse(text, today: days[0]) == day, "latest \(day.iso) is ahead")
    }
  }

  /// A time that is read prints back as the same time; a span runs forward.
  static func times(_ input: FuzzInput) {
    let text = input.text
    if let time = ClockTime(text) {
      require((0...1440).contains(time.minutes), "minutes \(time.minutes)")
      require(ClockTime(time.text) == time, "\(time.text) read back")
    }
    if let (start, end) = WhenInput.times(text) {
      require(start < end, "a span that ends before it starts")
    }
  }

  /// A `when` that is read is a forward slot, repeated weekly at most as
  /// far as a booking may reach, on one weekday.
  static func when(_ input: FuzzInput) {
    let text = input.text
    for today in days {
      guard let when = WhenInput.parse(text, today: today) else { continue }
      require(when.first.start < when.first.end, "a slot that ends before it starts")
      require([1, 2].contains(when.everyWeeks), "every \(when.everyWeeks) weeks")
      let slots = when.slots
      require(!slots.isEmpty, "no dates")
      require(slots.count <= BookingLimits.seriesDates, "\(slots.count) dates")
      for slot in slots {
        require(slot.day.weekday == when.first.day.weekday, "a date on another weekday")
      }
      if let until = when.repeatUntil { require(until >= when.first.day, "ends before it starts") }
    }
  }

  /// A room's needs and an activity's schedule: what is read reads again.
  static func needs(_ input: FuzzInput) {
    let text = input.text
    let reading = NeedWords.read(text, facilities: ["køkken", "projektor", "wifi", "whiteboard"])
    require(reading.facilities.count <= 4, "facilities invented")
    if case .success(let schedule) = Schedule.parse(text) {
      require(Schedule.parse(schedule.csvText) == .success(schedule), "schedule read back")
    }
  }

  /// Phone numbers and e-mail: what is accepted is stored as it reads again.
  static func contact(_ input: FuzzInput) {
    let text = input.text
    if case .success(let digits) = Validation.phone(text) {
      require(digits.isEmpty || (digits.utf8.count == 8 && ASCIIDigits.allDigits(digits)), "phone")
      require(Validation.phone(Validation.formatPhone(digits)) == .success(digits), "phone again")
    }
    if case .success(let email) = Validation.email(text) {
      require(Validation.email(email) == .success(email), "e-mail read back")
      require(!email.unicodeScalars.contains(where: SafeText.isUnsafe), "a control in an e-mail")
      require(!email.contains(" "), "a space in an e-mail")
    }
  }

  /// Kroner as typed: what is read formats and reads back the same.
  static func amounts(_ input: FuzzInput) {
    let text = input.text
    if let amount = Kroner.parse(text) {
      require(amount >= 0, "a negative amount")
      require(Kroner.parse(Kroner.format(amount)) == amount, "\(amount) formatted")
      require(Kroner.parse(Kroner.label(amount)) == amount, "\(amount) labelled")
    }
    if case .success(let number?) = Validation.count(text) {
      require((0..<100_000).contains(number), "count \(number)")
    }
    if case .success(let age?) = Validation.age(text) { require((0...120).contains(age), "age") }
    _ = CPRDetector.firstMatch(in: text)
  }

  /// A text accepted for storing is within its limit in characters,
  /// Unicode scalars and bytes, and holds no control character.
  static func limits(_ input: FuzzInput) {
    let text = input.text
    for (max, lines) in [(Validation.shortText, false), (Validation.longText, true)] {
      guard case .success(let stored) = Validation.text(text, max: max, lines: lines) else {
        continue
      }
      require(stored.count <= max, "\(stored.count) characters stored, limit \(max)")
      require(
        stored.unicodeScalars.count <= Validation.scalars(for: max),
        "\(stored.unicodeScalars.count) scalars stored, limit \(max)")
      require(stored.utf8.count <= Validation.bytes(for: max), "\(stored.utf8.count) bytes")
      for scalar in stored.unicodeScalars where SafeText.isControl(scalar) {
        require(lines && (scalar == "\n" || scalar == "\t"), "control \(codes(String(scalar)))")
      }
    }
  }
}
