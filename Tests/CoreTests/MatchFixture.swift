@testable import Core

/// A small, fixed world for the golden matching tests: three towns (Hjørring
/// neighbours both others; Hirtshals and Sindal are not neighbours), and
/// activities chosen so each hard condition excludes one of them and each
/// soft criterion decides an order.
enum MatchFixture {
  static let today = Day(year: 2026, month: 11, day: 23)!

  static let areas = """
    area,neighbours
    Hjørring,Hirtshals|Sindal
    """

  static let associations = """
    name,area,active,phone,contact_person
    Ældre Sagen Hirtshals,Hirtshals,ja,98 37 14 21,Poul Ravn
    Røde Kors Hjørring,Hjørring,ja,,
    Lukket Forening,Hirtshals,nej,,
    Sindal Venner,Sindal,ja,,
    Ung i Hjørring,Hjørring,ja,,
    Zebra Klubben,Hirtshals,ja,,
    Æblehaven,Hirtshals,ja,,
    """

  /// Columns: association, title, kind, area, schedule, ages, interests,
  /// step-free, toilet, languages, child certificate, open places, active,
  /// target groups.
  static let activities = """
    association,title,kind,area,schedule,age_min,age_max,interests,step_free,accessible_toilet,languages,child_certificate,open_places,active,target_groups
    Ældre Sagen Hirtshals,Besøgsven,frivilligjob,Hirtshals,tir formiddag|tor formiddag,18,,samvær|omsorg,nej,nej,dansk,nej,3,ja,Ældre og ensomhed
    Ældre Sagen Hirtshals,Kaffevært,frivilligjob,Hirtshals,tir formiddag,18,,café,ja,ja,,nej,,ja,
    Røde Kors Hjørring,Læseven,frivilligjob,Hjørring,tor formiddag,,,læsning|omsorg,nej,nej,,nej,,ja,
    Sindal Venner,Besøgsven i Sindal,frivilligjob,Sindal,tir formiddag,,,samvær|omsorg,nej,nej,,nej,,ja,Ældre og ensomhed
    Røde Kors Hjørring,Aftenvagt,frivilligjob,Hjørring,tir aften,,,samvær,nej,nej,,nej,,ja,
    Ældre Sagen Hirtshals,Fuldt hold,frivilligjob,Hirtshals,tir formiddag,,,samvær,nej,nej,,nej,0,ja,
    Lukket Forening,Lukket job,frivilligjob,Hirtshals,tir formiddag,,,samvær,nej,nej,,nej,,ja,
    Ældre Sagen Hirtshals,Inaktivt job,frivilligjob,Hirtshals,tir formiddag,,,samvær,nej,nej,,nej,,nej,
    Ung i Hjørring,Ungeleder,frivilligjob,Hjørring,tir formiddag,18,30,samvær,nej,nej,,nej,,ja,
    Ældre Sagen Hirtshals,Spisevenner,tilbud,Hirtshals,tir formiddag,60,,samvær,ja,ja,,nej,,ja,
    Røde Kors Hjørring,Telefonven,frivilligjob,,,,,samvær,nej,nej,dansk|arabisk,nej,,ja,
    Ung i Hjørring,Lektiehjælper,frivilligjob,Hjørring,tor formiddag,,,undervisning,nej,nej,,ja,,ja,
    Ung i Hjørring,Skolementor,tilbud,Hjørring,tir eftermiddag,13,18,skole|unge,ja,ja,,nej,4,ja,Børn og unge
    Ældre Sagen Hirtshals,Lektiecafé,tilbud,Hirtshals,man eftermiddag,6,16,skole,ja,ja,,nej,,ja,Børn og unge
    Røde Kors Hjørring,Voksenkursus,tilbud,Hjørring,tir eftermiddag,25,,skole,ja,ja,,nej,,ja,
    Æblehaven,Skakaften,frivilligjob,Hirtshals,lør formiddag,,,skak,nej,nej,,nej,,ja,
    Zebra Klubben,Skakaften,frivilligjob,Hirtshals,lør formiddag,,,skak,nej,nej,,nej,,ja,
    """

  static func load(_ database: TestDatabase) throws -> AssociationStore {
    let store = try database.store()
    let importer = Importer(store: store)
    _ = try importer.importAreas(bytes: Array(areas.utf8))
    _ = try importer.importAssociations(bytes: Array(associations.utf8))
    _ = try importer.importActivities(bytes: Array(activities.utf8))
    return store
  }

  /// "I'm 67, I live in Hirtshals, I don't drive, I'd like to help others,
  /// Tuesdays and Thursdays before noon suit me."
  static var grethe: Citizen {
    var schedule = Schedule()
    schedule.insert(day: 1, part: 0)
    schedule.insert(day: 3, part: 0)
    return Citizen(
      name: "Grethe Nielsen", seeking: .volunteer, interests: ["samvær", "omsorg"],
      targetGroups: ["elderly"], availability: schedule, area: "Hirtshals", reach: .near,
      birthYear: 1959, consentOn: today)
  }

  /// "My son is 16 and struggles with school."
  static var son: Citizen {
    Citizen(
      name: "Mads Jensen", seeking: .offerRelative, interests: ["skole"], area: "Hjørring",
      reach: .near, birthYear: 2010, consentOn: today)
  }
}
