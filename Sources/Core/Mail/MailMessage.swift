/// One plain-text mail as RFC 5322 writes it, for the system's `sendmail
/// -t`: every header built from checked values only (addresses checked
/// again here, texts encoded), the date in Copenhagen time with its
/// offset, the body UTF-8 quoted-printable. A mail sent twice after a
/// crash carries the same Message-ID: it is made once, when the mail is
/// queued, and given here.
public struct MailMessage: Equatable, Sendable {
  public var from: MailAddress
  public var to: [MailAddress]
  public var replyTo: MailAddress?
  public var subject: String
  public var body: String
  /// The local (Copenhagen) day and time it was written.
  public var day: Day
  public var time: ClockTime
  /// `<…@…>`, made once per mail (`MailMessage.newID`).
  public var messageID: String

  public init(
    from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String,
    body: String, day: Day, time: ClockTime, messageID: String
  ) {
    self.from = from
    self.to = to
    self.replyTo = replyTo
    self.subject = subject
    self.body = body
    self.day = day
    self.time = time
    self.messageID = messageID
  }

  /// A new Message-ID on the sender's domain: 128 random bits.
  public static func newID(domain: String) -> String {
    var random = SystemRandomNumberGenerator()
    let bits = (0..<2).map { _ in String(random.next() as UInt64, radix: 16) }
    let safe = domain.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || "0123456789.-".unicodeScalars.contains($0))
    }
    return "<" + bits.joined(separator: ".") + "@" + (safe && !domain.isEmpty ? domain : "skranke")
      + ">"
  }

  /// `Mon, 07 Dec 2026 23:41:00 +0100`.
  public var date: String {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let (year, month, date) = day.parts
    let offset = CopenhagenTime.offsetMinutes(day, time)
    return names[(day.weekday + 6) % 7] + ", " + Day.two(date) + " " + months[month - 1] + " "
      + String(year) + " " + time.text + ":00 +" + Day.two(offset / 60) + Day.two(offset % 60)
  }

  /// The whole message, headers then body, LF line ends.
  public var text: String {
    var lines = [
      "From: " + from.header,
      "To: " + to.map(\.header).joined(separator: ",\n "),
    ]
    if let replyTo { lines.append("Reply-To: " + replyTo.header) }
    lines += [
      "Subject: " + MailEncoding.header(subject),
      "Date: " + date,
      "Message-ID: " + messageID,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "Auto-Submitted: auto-generated",
      "",
      MailEncoding.quotedPrintable(body),
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
