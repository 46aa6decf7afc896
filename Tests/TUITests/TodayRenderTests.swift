import Core
import Testing

@testable import TUI

/// I dag at 80×24: moving down to the last line that opens something
/// brings the colleagues' counts below it into view.
@Suite struct TodayRenderTests {
  @Test func theColleaguesLineIsReachedAt80x24() throws {
    let db = try Database(path: copyOfGoldenDatabase())
    // A busy week: more follow-ups than the screen holds.
    let inquiries = InquiryStore(db: db, clock: .fixed(GoldenScreenTests.today, "09:00"))
    let km = try #require(try inquiries.directory.staff(initials: "KM"))
    for number in 0..<20 {
      var inquiry = Inquiry()
      inquiry.text = "Sag \(number)"
      inquiry.categoryID = try inquiries.directory.categories()[0].id
      inquiry.followUp = GoldenScreenTests.today
      _ = try inquiries.create(inquiry, by: km.id)
    }
    let app = try goldenDesk(width: 80, height: 24, db: db)
    func screen() -> [String] { app.render(width: 80, height: 24).lines }
    let heading = "Kolleger: åbne (forfaldne)"
    for _ in 0..<8 { app.handle(.pageDown) }
    let lines = screen()
    let at = try #require(lines.firstIndex { $0.contains(heading) }, "\(lines)")
    #expect(lines[at + 1].contains("KM "), "\(lines)")
  }
}
