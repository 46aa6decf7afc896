/// What the citizen and referral rules refused, in words a worker can act on.
public enum CitizenError: UserFacingError, Equatable {
  case invalid([CitizenField: FieldError])
  case notFound
  case inquiryNotFound
  case activityNotFound
  /// Another desk saved the profile after it was loaded here.
  case changedMeanwhile
  case followUpRequired
  /// The citizen already has an open referral to this activity (its status
  /// and the day it was made): refer again only when asked to.
  case alreadyReferred(ReferralStatus, Day)

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalid(let errors):
      return errors.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.label(lang)): \($0.value.message(lang))" }.joined(separator: "; ")
    case .notFound:
      return lang.pick("Borgeren findes ikke (længere).", "The citizen no longer exists.")
    case .inquiryNotFound:
      return lang.pick("Henvendelsen findes ikke.", "The inquiry does not exist.")
    case .activityNotFound:
      return lang.pick("Aktiviteten findes ikke.", "The activity does not exist.")
    case .changedMeanwhile:
      return lang.pick(
        "En anden har gemt borgeren imens. Åbn borgeren igen; intet er gemt.",
        "Someone else saved this citizen meanwhile. Open it again; nothing was saved.")
    case .followUpRequired:
      return lang.pick("Angiv en opfølgningsdato.", "Give a follow-up date.")
    case .alreadyReferred(let status, let day):
      return lang.pick(
        "Borgeren er allerede henvist hertil (\(status.label(lang)), \(day.label(lang))).",
        "The citizen is already referred here (\(status.label(lang)), \(day.label(lang))).")
    }
  }
}

extension CitizenField {
  public func label(_ lang: Language) -> String {
    switch self {
    case .name: return lang.pick("Navn", "Name")
    case .phone: return lang.pick("Telefon", "Phone")
    case .email: return lang.pick("E-mail", "E-mail")
    case .seeking: return lang.pick("Søger", "Looking for")
    case .interests: return lang.pick("Interesser", "Interests")
    case .targetGroups: return lang.pick("Målgrupper", "Target groups")
    case .availability: return lang.pick("Kan", "Available")
    case .area: return lang.pick("Bor i", "Lives in")
    case .reach: return lang.pick("Kan komme", "Can travel")
    case .birthYear: return lang.pick("Alder/født", "Age/born")
    case .languages: return lang.pick("Sprog", "Languages")
    case .needsStepFree: return lang.pick("Behøver trinfri adgang", "Needs step-free access")
    case .needsToilet: return lang.pick("Behøver handicaptoilet", "Needs accessible toilet")
    case .withoutChildCertificate:
      return lang.pick(
        "Kun roller uden børneattest", "Only roles without a child certificate")
    case .note: return lang.pick("Note", "Note")
    case .consentOn: return lang.pick("Samtykke givet", "Consent given")
    }
  }
}
