import Glibc
import Testing

@testable import Core

/// The annual overview: only active associations and their active
/// activities, in Danish order, indexed by area and target group; stale
/// ones marked in words; every value escaped; the folder replaced whole or
/// not at all, and never a folder holding anything else.
@Suite struct OverviewTests {
  static let today = Day(year: 2026, month: 11, day: 30)!
  let database = TestDatabase()

  func overview() throws -> (AssociationStore, Overview) {
    let store = try database.store()
    let importer = Importer(store: store)
    _ = try importer.importAssociations(
      bytes: Array(
        """
        name,area,target_groups,contact_person,phone,website,description,active
        Ældre Sagen Hjørring,Hjørring,ældre,Hanne Andersen,98197822,aeldre.dk,"Besøg.

        Motion.",ja
        Aaskov Spejdergruppe,Aaskov,børn og unge,,,javascript:alert(1),,ja
        "<script>alert(1)</script> & Co",Hjørring,,,,,Tæt på <b>,ja
        Bindslev Borgerforening,,,,,,,ja
        Lukket Klub,Hjørring,ældre,,,,,nej
        """.utf8))
    _ = try importer.importActivities(
      bytes: Array(
        """
        association,title,kind,schedule,step_free,open_places,active
        Ældre Sagen Hjørring,Besøgsven,frivilligjob,tir eftermiddag,ja,3,ja
        Ældre Sagen Hjørring,Gammel aktivitet,tilbud,,,,nej
        """.utf8))
    let register = AssociationRegister(db: store.db, clock: .fixed(Self.today.addingMonths(-2)))
    try register.confirm(associationID: try store.associationID(named: "Ældre Sagen Hjørring")!)
    register.clock = .fixed(Self.today.addingMonths(-13))
    try register.confirm(associationID: try store.associationID(named: "Aaskov Spejdergruppe")!)
    return (store, try Overview.read(store: store, year: 2027, today: Self.today, lang: .danish))
  }

  @Test func activeAssociationsInDanishOrderIndexedAndStaleOnesSaidSo() throws {
    let (_, overview) = try overview()
    let names = overview.entries.map(\.association.name)
    // aa sorts as å, after æ: Danish order (signs are not letters); the
    // closed one is left out.
    #expect(
      names == [
        "Bindslev Borgerforening", "<script>alert(1)</script> & Co", "Ældre Sagen Hjørring",
        "Aaskov Spejdergruppe",
      ])
    #expect(overview.entries.map(\.number) == [1, 2, 3, 4])
    #expect(overview.entries.map(\.stale) == [true, true, false, true])
    #expect(overview.entries[2].activities.map(\.title) == ["Besøgsven"])
    #expect(overview.entries[2].file == "aeldre-sagen-hjorring.html")
    #expect(overview.entries[1].file == "script-alert-1-script-co.html")
    #expect(overview.byArea.map(\.title) == ["Hjørring", "Aaskov", "Uden område"])
    #expect(overview.byArea[0].entries == [1, 2])
    #expect(overview.byTargetGroup.map(\.title).last == "Øvrige")
    #expect(overview.staleCount == 3)
  }

  @Test func pagesEscapeEverythingAndPublishNothingInternal() throws {
    let (_, overview) = try overview()
    let pages = OverviewPages(overview, lang: .danish)
    let evil = pages.page(overview.entries[1])
    #expect(!evil.contains("<script>"))
    #expect(evil.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
    #expect(evil.contains("Tæt på &lt;b&gt;"))
    #expect(evil.contains("Ikke bekræftet: foreningen har ikke bekræftet oplysningerne"))
    let aaskov = pages.page(overview.entries[3])
    #expect(aaskov.contains("senest bekræftet oplysningerne 30-10-2025"))
    #expect(!aaskov.contains("href=\"javascript"))  // shown as text, never linked
    let elderly = pages.page(overview.entries[2])
    #expect(!elderly.contains("Ikke bekræftet"))
    #expect(elderly.contains("<p>Besøg.</p>\n<p>Motion.</p>"))
    #expect(elderly.contains("href=\"tel:+4598197822\""))
    #expect(elderly.contains("href=\"https://aeldre.dk\""))
    #expect(elderly.contains("frivilligjob · tir eftermiddag · trinfri adgang · 3 ledige pladser"))
    #expect(!elderly.contains("Gammel aktivitet"))
    let booklet = pages.bookletPage()
    #expect(booklet.contains("<h2>Indhold</h2>"))
    let titled = OverviewPages(overview, lang: .danish, title: " <b>Hjørring</b> & co ").index()
    #expect(titled.contains("<title>&lt;b&gt;Hjørring&lt;/b&gt; &amp; co 2027</title>"))
    #expect(!booklet.contains("Lukket Klub"))
    for page in [pages.index(), booklet, evil] {
      #expect(!page.contains("<script"))
      #expect(!page.contains("src="))
      #expect(!page.contains("<link"))
    }
  }

  @Test func theFolderIsReplacedWholeOrNotAtAll() throws {
    let (_, overview) = try overview()
    let pages = OverviewPages(overview, lang: .danish)
    let folder = database.directory + "/site"
    #expect(try OverviewSite.write(pages, entries: overview.entries, to: folder) == 6)
    #expect(OverviewSite.entries(folder + "/foreninger").count == 4)
    // Again over its own earlier overview: replaced, fewer pages now.
    #expect(
      try OverviewSite.write(pages, entries: Array(overview.entries.prefix(1)), to: folder) == 3)
    #expect(OverviewSite.entries(folder + "/foreninger").count == 1)
    // A folder holding anything else is never touched.
    let notes = folder + "/notes.txt"
    _ = database.file("site/notes.txt", Array("mine".utf8))
    #expect(throws: OverviewSite.Failure.notAnOverview(folder)) {
      try OverviewSite.write(pages, entries: overview.entries, to: folder)
    }
    #expect(FileIdentity.exists(notes))
    #expect(OverviewSite.entries(folder + "/foreninger").count == 1)
    // A file is not a folder; nothing left behind either way.
    #expect(throws: OverviewSite.Failure.notAFolder(notes)) {
      try OverviewSite.write(pages, entries: overview.entries, to: notes)
    }
    #expect(
      !OverviewSite.entries(database.directory).contains {
        $0.contains(".tmp-") || $0.contains(".old-")
      })
  }

  /// `--out` a link to the published folder: the folder is replaced and
  /// keeps its mode, the link stays a link; leftovers of a stopped run go.
  @Test func aLinkToThePublishedFolderIsFollowed() throws {
    let (_, overview) = try overview()
    let pages = OverviewPages(overview, lang: .danish)
    let real = database.directory + "/www"
    let link = database.directory + "/oversigt"
    try OverviewSite.write(pages, entries: overview.entries, to: real)
    chmod(real, 0o750)
    #expect(symlink(real, link) == 0)
    try OverviewSite.write(pages, entries: Array(overview.entries.prefix(2)), to: link)
    var info = stat()
    #expect(lstat(link, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    #expect(OverviewSite.entries(real + "/foreninger").count == 2)
    #expect(stat(real, &info) == 0 && info.st_mode & 0o777 == 0o750)
    // A run killed between its renames left the old site beside it.
    #expect(rename(real, real + ".old-4242") == 0)
    try OverviewSite.write(pages, entries: overview.entries, to: real)
    #expect(!FileIdentity.exists(real + ".old-4242"))
    #expect(OverviewSite.entries(real + "/foreninger").count == 4)
  }

  @Test func htmlTextDropsControlsAndLinksOnlyTheWeb() {
    #expect(HTMLText.escape("a\u{1B}[31mb\u{202E}c\"'") == "a[31mbc&quot;&#39;")
    #expect(HTMLText.paragraphs("en\r\nto\r\n\r\ntre") == "<p>en<br>to</p>\n<p>tre</p>")
    #expect(HTMLText.webLink("example.dk") == "https://example.dk")
    #expect(HTMLText.webLink("HTTP://x.dk/a") == "HTTP://x.dk/a")
    #expect(HTMLText.webLink("javascript:alert(1)") == nil)
    #expect(HTMLText.webLink("not a link.dk") == nil)
  }
}
