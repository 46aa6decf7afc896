extension CommandID {
  static let matchInquiry = CommandID("matchInquiry")
  static let referralStatus = CommandID("referralStatus")
  static let showResults = CommandID("showResults")
  static let pickCitizen = CommandID("pickCitizen")
  static let showRecord = CommandID("showRecord")
  static let refer = CommandID("refer")
  static let eraseCitizen = CommandID("eraseCitizen")
  static let printRecord = CommandID("printRecord")
}

/// The keys of F3 Borgere: the profile, the suggestions, referrals and
/// the citizen's personal data.
extension CommandTable {
  static let citizens: [Command] = [
    Command(
      id: .showResults, keys: [.ctrl("r")], contexts: [.matchProfile, .roomFind],
      hint: ("Forslag", "Suggestions"),
      help: ("Gå til forslagene (Esc går tilbage)", "Go to the suggestions (Esc goes back)")),
    Command(
      id: .refer, keys: [.enter, .char("h")], contexts: [.matchResults],
      hint: ("Henvis", "Refer"),
      help: (
        "Henvis borgeren til den valgte aktivitet (viser foreningens kontakt)",
        "Refer the citizen to the selected activity (shows the association's contact)"
      )),
    Command(
      id: .pickCitizen, keys: [.ctrl("o"), .char("o")], contexts: [.matchProfile, .matchResults],
      hint: ("Åbn borger", "Open citizen"),
      help: ("Åbn en gemt borger, eller start en ny", "Open a saved citizen, or start a new one")),
    Command(
      id: .showRecord, keys: [.ctrl("p"), .char("p")], contexts: [.matchProfile, .matchResults],
      hint: ("Persondata", "Personal data"),
      help: (
        "Alt, der er gemt om borgeren (indsigt; slet herfra)",
        "Everything stored about the citizen (access; erase from here)"
      )),
    Command(
      id: .showRecord, keys: [.ctrl("p")], contexts: [.inquiryDetail, .inquiryList],
      hint: nil,
      help: (
        "Alt, der er gemt om den, der spurgte (indsigt; slet herfra), også uden borgerprofil",
        "Everything stored about the one who asked (access; erase from here), profile or not"
      )),
    Command(
      id: .eraseCitizen, keys: [.char("x")], contexts: [.record],
      hint: ("Slet personen", "Erase the person"),
      help: (
        "Slet personen for altid, overalt (henvendelser bliver anonyme; noter der nævner personen vises først)",
        "Erase the person for good, everywhere (inquiries become anonymous; notes naming them are shown first)"
      )),
    Command(
      id: .printRecord, keys: [.char("p")], contexts: [.record],
      hint: ("Skriv ud", "Print"),
      help: (
        "Skriv persondata til en fil eller printeren (til personen selv)",
        "Write the personal data to a file or the printer (for the person)"
      )),
    Command(
      id: .matchInquiry, keys: [.char("b")], contexts: [.inquiryDetail],
      hint: ("Borger/match", "Citizen/match"),
      help: (
        "Opret eller åbn borgeren og find aktiviteter (F3)",
        "Create or open the citizen and find activities (F3)"
      )),
    Command(
      id: .referralStatus, keys: [.char("r")], contexts: [.inquiryDetail],
      hint: ("Henvisning", "Referral"),
      help: (
        "Opdatér en henvisning: kontaktet, startet, startede ikke",
        "Update a referral: contacted, started, did not start"
      )),
  ]
}
