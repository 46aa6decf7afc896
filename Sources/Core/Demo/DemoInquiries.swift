/// Staff and inquiries for `skranke --demo`, dated relative to today so
/// some are overdue whenever the demo is tried.
enum DemoInquiries {
  static func seed(_ store: InquiryStore, today: Day) throws {
    let km = try store.directory.add(initials: "KM", name: "Karen Madsen")
    let ls = try store.directory.add(initials: "LS", name: "Lars Søgaard")
    try store.directory.add(initials: "AH", name: "Aisha Hassan")
    let categories = try store.directory.categories()
    let cases: [(Staff, Int, Int, String, String, Channel, Int)] = [
      // owner, days ago received, category, name, text, channel, follow-up offset
      (
        km, 12, 0, "Jens Hansen", "Vil gerne være besøgsven, har tid tirsdag formiddag", .walkIn, -3
      ),
      (km, 9, 1, "Birthe Nielsen", "Søger et fællesskab efter at være blevet enke", .phone, -1),
      (
        km, 2, 4, "Hirtshals Fiskerforening", "Mangler lokale til generalforsamling i januar",
        .email, 5
      ),
      (km, 1, 0, "Amir Rahimi", "Vil være lektiehjælper, taler dari og dansk", .walkIn, 6),
      (ls, 20, 6, "Tårs Ungdomsklub", "Spørger til § 18-ansøgning og frist", .phone, -6),
      (
        ls, 3, 1, "Mette Jørgensen", "Søn på 16 har svært ved skolen — findes der noget?", .walkIn,
        4
      ),
      (ls, 1, 3, "KFUM-Spejderne i Sindal", "Hjælp til at søge fonde til nyt telt", .email, 7),
    ]
    for (owner, ago, category, name, text, channel, followUp) in cases {
      store.clock = .fixed(today.adding(-ago), "10:15")
      var inquiry = Inquiry()
      inquiry.channel = channel
      inquiry.askerName = name
      // An association asking, named as in the register, is on its file.
      inquiry.askerKind = category >= 2 && category <= 6 ? .association : .citizen
      inquiry.text = text
      inquiry.categoryID = categories[category].id
      inquiry.followUp = today.adding(followUp)
      try store.create(inquiry, by: owner.id)
    }
    store.clock = .fixed(today.adding(-30), "13:00")
    var closed = Inquiry()
    closed.askerName = "Åse Østergaard"
    closed.text = "Ville gerne synge i kor"
    closed.categoryID = categories[1].id
    closed.followUp = today.adding(-23)
    let saved = try store.create(closed, by: km.id)
    store.clock = .fixed(today.adding(-25), "09:30")
    try store.close(
      saved, outcome: .referredAssociation, note: "Henvist til Ældre Sagens sangkor", by: km.id)
  }
}
