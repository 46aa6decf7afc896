/// The annual overview of the associations (`skranke overview`): every
/// active association with what it publishes, numbered in Danish order,
/// and indexed by area and by target group. Only what the associations
/// publish is read: no inquiries, no citizens, nothing of the centre's own
/// register except whether the details are confirmed, which the overview
/// says when they are not.
public struct Overview: Sendable {
  public struct Entry: Sendable {
    /// Its number in the booklet (the table of contents points to it).
    public let number: Int
    public let association: Association
    /// Its active activities, in their order.
    public let activities: [Activity]
    /// The page's file name, from the name (`rode-kors-hjorring.html`).
    public let file: String
    /// When the association last confirmed its details, if ever.
    public let confirmedOn: Day?
    /// Not confirmed within `AssociationRegister.staleMonths` of the day
    /// the overview was made: said on its page and in the index.
    public let stale: Bool
  }

  /// Entries under one heading of an index, in Danish order.
  public struct Group: Sendable {
    public let title: String
    public let entries: [Int]
  }

  public let year: Int
  public let madeOn: Day
  public let entries: [Entry]
  public let byArea: [Group]
  public let byTargetGroup: [Group]
  /// The target groups by code, for naming an association's.
  public let targetGroups: [String: TargetGroup]
  /// The centre's coming public events ("Kommende arrangementer"): never
  /// who signed up.
  public var events: [PublicEvent] = []
  /// How far ahead the overview lists events.
  public static let eventDays = 183

  public var staleCount: Int { entries.filter(\.stale).count }

  /// Reads the overview in one snapshot.
  public static func read(store: AssociationStore, year: Int, today: Day, lang: Language) throws
    -> Overview
  {
    try store.db.read {
      var pairs: [(Int64, Day?)] = []
      try store.db.forEach(
        "SELECT association_id, confirmed_on FROM association_register WHERE confirmed_on IS NOT NULL",
        columns: ["association_id", "confirmed_on"]
      ) { row, column in pairs.append((row.int(column[0]), Day(iso: row.text(column[1])))) }
      let confirmed = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
      var ids: [Int64] = []
      try store.db.forEach(
        "SELECT id FROM associations WHERE active = 1 ORDER BY sort_key, id", columns: ["id"]
      ) { row, column in ids.append(row.int(column[0])) }
      let limit = today.addingMonths(-AssociationRegister.staleMonths)
      var files = Set<String>()
      var entries: [Entry] = []
      for id in ids {
        guard let association = try store.association(id: id) else { continue }
        let confirmedOn = confirmed[id] ?? nil
        entries.append(
          Entry(
            number: entries.count + 1, association: association,
            activities: try store.activities(of: id).filter(\.active),
            file: fileName(association.name, taken: &files), confirmedOn: confirmedOn,
            stale: confirmedOn.map { $0 < limit } ?? true))
      }
      var overview = Overview(
        year: year, madeOn: today, entries: entries,
        byArea: try areaGroups(entries, store: store, lang: lang),
        byTargetGroup: targetGroupGroups(entries, store: store, lang: lang),
        targetGroups: Dictionary(
          store.targetGroups.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first }))
      overview.events = try EventStore(db: store.db).publicEvents(
        from: today, to: today.adding(eventDays))
      return overview
    }
  }

  /// Areas in Danish order; associations without one last.
  private static func areaGroups(_ entries: [Entry], store: AssociationStore, lang: Language)
    throws -> [Group]
  {
    var groups = try store.areas().map { area in
      Group(
        title: area.name,
        entries: entries.indices.filter { entries[$0].association.area == area.name })
    }
    groups.append(
      Group(
        title: lang.pick("Uden område", "No area"),
        entries: entries.indices.filter { entries[$0].association.area.isEmpty }))
    return groups.filter { !$0.entries.isEmpty }
  }

  /// Target groups in Danish order; associations without one last.
  private static func targetGroupGroups(
    _ entries: [Entry], store: AssociationStore, lang: Language
  ) -> [Group] {
    var groups = store.targetGroups.map { group in
      Group(
        title: group.name(lang),
        entries: entries.indices.filter {
          entries[$0].association.targetGroups.contains(group.code)
        }
      )
    }
    groups.append(
      Group(
        title: lang.pick("Øvrige", "Other"),
        entries: entries.indices.filter { entries[$0].association.targetGroups.isEmpty }))
    return groups.filter { !$0.entries.isEmpty }
  }

  /// `rode-kors-hjorring.html`: the folded name's words in plain ASCII
  /// (safe on any web server and disk); a second name folding the same
  /// gets `-2`.
  static func fileName(_ name: String, taken: inout Set<String>) -> String {
    let stem = DanishFolding.slug(name)
    var file = (stem.isEmpty ? "forening" : stem) + ".html"
    var number = 2
    while taken.contains(file) {
      file = (stem.isEmpty ? "forening" : stem) + "-\(number).html"
      number += 1
    }
    taken.insert(file)
    return file
  }
}
