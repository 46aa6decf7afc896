import Core

/// F3 Borgere as it declares itself (see `Feature`), and the personal-data
/// view (drawn over F2 and F3, with F3's guide).
extension PaneID {
  static let citizens = PaneID(3)
}

extension Context {
  /// F3: typing in the citizen's profile.
  static let matchProfile = Context(
    "matchProfile", [.pane, .takesText, .writing, .fields, .saves])
  /// F3: moving in the suggested activities.
  static let matchResults = Context(
    "matchResults", [.pane, .tabs, .moves, .pages, .backs, .quits])
  /// Everything stored about one person.
  static let record = Context("record", [.moves, .pages, .backs])
}

extension Feature {
  static let citizensGuide = (
    "Skriv borgerens profil til venstre: interesser, hvornår, hvor personen bor. Forslagene til højre rangeres ved hvert tastetryk, med begrundelser. Ctrl-R går til forslagene, Enter henviser (profilen gemmes først og kræver samtykke). Ctrl-P viser alt, der er gemt om borgeren, og kan slette det.",
    "Type the citizen's profile on the left: interests, when, where they live. The suggestions on the right are ranked again on every key, with reasons. Ctrl-R goes to them, Enter refers (the profile is saved first and needs consent). Ctrl-P shows everything stored about the citizen and can erase it."
  )

  static let citizens = Feature(
    tab: Tab(
      id: .citizens, title: ("Borgere", "Citizens"),
      help: ("Borgere: profil og forslag", "Citizens: profile and suggestions"),
      make: { try CitizensFeature($0) }),
    places: [
      Place(.matchProfile, ("Borgerens profil (F3)", "The citizen's profile (F3)")),
      Place(.matchResults, ("Forslag (F3)", "Suggestions (F3)")),
    ],
    guide: citizensGuide,
    commands: { CommandTable.citizens },
    shows: { if case .citizen = $0 { return true } else { return false } },
    takes: { $0 is CitizensRequest })

  /// The personal-data view: its keys are F3's rows (`x`, `p`).
  static let personalData = Feature(
    places: [Place(.record, ("Persondata", "Personal data"))], guide: citizensGuide,
    commands: { [] })
}

/// What other panes ask of F3.
enum CitizensRequest: DeskRequest {
  /// F2's `b`: suggest activities for this inquiry's citizen.
  case match(inquiryID: Int64)
}
