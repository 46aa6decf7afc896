import Testing

@testable import Core

/// Issue 28's groundwork: a mail's text as RFC 5322 and 2047 write it, and
/// no stored text able to add a header.
@Suite struct MailMessageTests {
  static let winter = Day(year: 2026, month: 12, day: 7)!
  static let summer = Day(year: 2027, month: 7, day: 1)!

  func message(subject: String = "Henvendelse #12 er overdraget til dig", body: String = "Hej")
    throws -> MailMessage
  {
    MailMessage(
      from: try #require(MailAddress("info@fc-hjoerring.dk", name: "Frivilligcenter Hjørring")),
      to: [try #require(MailAddress("mette@fc-hjoerring.dk", name: "Mette K"))],
      subject: subject, body: body, day: Self.winter, time: ClockTime(hour: 9)!,
      messageID: "<a.b@fc-hjoerring.dk>")
  }

  /// The header lines (unfolded), up to the blank line.
  func headers(_ text: String) -> [String] {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty { break }
      if line.hasPrefix(" "), !out.isEmpty {
        out[out.count - 1] += String(line)
      } else {
        out.append(String(line))
      }
    }
    return out
  }

  @Test func danishHeadersAreEncodedWordsThatDecodeBack() throws {
    let text = try message(
      subject: "Æblekage på ældrecaféen: ø, å og € — en lang emnelinje, der skal foldes"
    ).text
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    let subject = try #require(headers(text).first { $0.hasPrefix("Subject: ") })
    let decoded = subject.dropFirst(9).split(separator: " ").map { word -> String in
      let inner = word.dropFirst(10).dropLast(2)
      return String(decoding: Self.unbase64(String(inner)), as: UTF8.self)
    }.joined()
    #expect(decoded == "Æblekage på ældrecaféen: ø, å og € — en lang emnelinje, der skal foldes")
    for line in text.split(separator: "\n") { #expect(line.utf8.count <= 78) }
    #expect(
      headers(text).contains(
        "From: =?UTF-8?B?RnJpdmlsbGlnY2VudGVyIEhqw7hycmluZw==?= <info@fc-hjoerring.dk>"))
  }

  @Test func theBodyIsQuotedPrintableAndDecodesBack() throws {
    let body =
      "Hej Mette,\n\nHenvendelse #12 (Besøgsven) er overdraget til dig af LS. "
      + String(repeating: "Opfølgning tirsdag. ", count: 8) + "= lige \nslut\t"
    let text = try message(body: body).text
    let qp = String(text.split(separator: "\n\n", maxSplits: 1)[1])
    for line in qp.split(separator: "\n") { #expect(line.utf8.count <= 76) }
    #expect(Self.unquote(qp) == body + "\n")
  }

  /// A stored address or name with a line break and "Bcc:" written into it
  /// behind skranke's back never adds a header.
  @Test func noStoredTextAddsAHeader() throws {
    #expect(MailAddress("kontakt@rk.dk\r\nBcc: alle@evil.dk") == nil)
    #expect(MailAddress("kontakt@rk.dk\nBcc:alle@evil.dk") == nil)
    #expect(MailAddress("a b@rk.dk") == nil)
    #expect(MailAddress("<a@rk.dk>") == nil)
    var mail = try message(subject: "Hej\r\nBcc: alle@evil.dk")
    mail.to = [try #require(MailAddress("kontakt@rk.dk", name: "Røde Kors\r\nBcc: alle@evil.dk"))]
    let lines = headers(mail.text)
    #expect(!lines.contains { $0.lowercased().hasPrefix("bcc") })
    #expect(
      lines.map { $0.prefix { $0 != ":" } } == [
        "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "Auto-Submitted",
      ])
  }

  @Test func theDateIsCopenhagenTimeWithItsOffset() throws {
    var mail = try message()
    #expect(mail.date == "Mon, 07 Dec 2026 09:00:00 +0100")
    mail.day = Self.summer
    #expect(mail.date == "Thu, 01 Jul 2027 09:00:00 +0200")
    let id = MailMessage.newID(domain: "fc-hjoerring.dk")
    #expect(id.hasPrefix("<") && id.hasSuffix("@fc-hjoerring.dk>"))
    #expect(id != MailMessage.newID(domain: "fc-hjoerring.dk"))
    #expect(MailMessage.newID(domain: "evil>\nBcc").hasSuffix("@skranke>"))
  }

  static func unbase64(_ text: String) -> [UInt8] {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var bits = 0
    var count = 0
    var out: [UInt8] = []
    for byte in text.utf8 where byte != UInt8(ascii: "=") {
      guard let value = table.firstIndex(of: byte) else { continue }
      bits = (bits << 6) | value
      count += 6
      if count >= 8 {
        count -= 8
        out.append(UInt8((bits >> count) & 0xFF))
      }
    }
    return out
  }

  static func unquote(_ text: String) -> String {
    var bytes: [UInt8] = []
    let input = Array(text.utf8)
    var index = 0
    while index < input.count {
      if input[index] == UInt8(ascii: "="), index + 1 < input.count, input[index + 1] == 0x0A {
        index += 2
      } else if input[index] == UInt8(ascii: "="), index + 2 < input.count,
        let value = UInt8(
          String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        index += 3
      } else {
        bytes.append(input[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
