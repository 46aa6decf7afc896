import Core

/// The few lines `?` opens on: how the place the keyboard is in is used,
/// and its rules, before its keys. One guide per pane, in both languages.
enum HelpGuide {
  static func text(for context: Context, _ lang: Language) -> String? {
    switch context {
    case .today:
      return lang.pick(
        "I dag er dagen på én skærm: dine opfølgninger denne uge (forfaldne først, ↪ er overdraget til dig siden sidst), henvisninger der venter på svar, dagens bookinger med lokalets noter, faste bookinger der slutter snart, og kollegernes åbne henvendelser. Enter åbner linjen i sin rude; F6 kommer tilbage hertil.",
        "Today is the day on one screen: your follow-ups this week (overdue first, ↪ handed over to you since you last looked), referrals waiting for an answer, today's bookings with the room's notes, series ending soon, and colleagues' open inquiries. Enter opens the line in its own pane; F6 comes back here."
      )
    case .search, .list, .detail:
      return lang.pick(
        "Skriv for at søge i foreninger og aktiviteter; Esc rydder søgningen. ↓ går til listen, hvor bogstaver er kommandoer (n ny, e ret, d deaktivér); Esc eller ↑ øverst går tilbage. Enter åbner en forening med kontakt og aktiviteter. Ctrl-T, Ctrl-O og Ctrl-V filtrerer på målgruppe, område og aktive.",
        "Type to search associations and activities; Esc clears the search. ↓ goes to the list, where letters are commands (n new, e edit, d deactivate); Esc, or ↑ at the top, goes back. Enter opens an association with its contact and activities. Ctrl-T, Ctrl-O and Ctrl-V filter by target group, area and active."
      )
    case .inquiryList, .inquirySearch, .inquiryDetail:
      return lang.pick(
        "Mine viser dine åbne henvendelser, forfaldne først; v skifter til Alle åbne og Lukkede. Enter åbner en henvendelse og dens forløb: n note, o opkald, s status, f opfølgning, h overdrag, l luk. Svar på henvisningerne (r), før henvendelsen lukkes. Ctrl-N logger en ny, hvor du end er.",
        "Mine shows your open inquiries, overdue first; v switches to All open and Closed. Enter opens an inquiry and its timeline: n note, o call, s status, f follow-up, h hand over, l close. Answer the referrals (r) before closing. Ctrl-N logs a new one from anywhere."
      )
    case .matchProfile, .matchResults, .record:
      return lang.pick(
        "Skriv borgerens profil til venstre: interesser, hvornår, hvor personen bor. Forslagene til højre rangeres ved hvert tastetryk, med begrundelser. Ctrl-R går til forslagene, Enter henviser (profilen gemmes først og kræver samtykke). Ctrl-P viser alt, der er gemt om borgeren, og kan slette det.",
        "Type the citizen's profile on the left: interests, when, where they live. The suggestions on the right are ranked again on every key, with reasons. Ctrl-R goes to them, Enter refers (the profile is saved first and needs consent). Ctrl-P shows everything stored about the citizen and can erase it."
      )
    case .week, .roomFind, .roomResults:
      return lang.pick(
        "Ugen viser bookinger som dage × timer; r vælger lokale. f finder et ledigt lokale: skriv hvornår (tir 19-21 uge 2-24), antal og behov (kørestol), og lokalerne rangeres, mens du skriver. Ctrl-S booker det med ▶; optagne datoer springes over, og der foreslås et andet lokale. Esc rydder, ↑ øverst går til ugen.",
        "The week shows bookings as days × hours; r picks a room. f finds a free room: type when (tue 19-21 weeks 2-24), how many and the needs (wheelchair), and the rooms are ranked as you type. Ctrl-S books the one marked ▶; taken dates are skipped and another room is offered. Esc clears, ↑ at the top: the week."
      )
    case .find:
      return lang.pick(
        "Find søger i alt på én gang: foreninger og aktiviteter, åbne og lukkede henvendelser (navn, telefon med eller uden mellemrum, e-mail, tekst, #123), borgere, lokaler og foreningernes bookinger. Åbne og kommende står før lukkede og forbi. Enter åbner i sin rude; Esc rydder linjen og går så tilbage, hvor du var.",
        "Find searches everything at once: associations and activities, open and closed inquiries (name, phone with or without spaces, e-mail, text, #123), citizens, rooms and the associations' bookings. Open and upcoming come before closed and past. Enter opens it in its pane; Esc clears the line, then goes back to where you were."
      )
    case .form, .picker, .confirm, .help: return nil
    }
  }
}
