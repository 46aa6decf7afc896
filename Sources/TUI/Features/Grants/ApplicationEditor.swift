import Core

/// Opening an application the centre helps with, from F1's file (`a`) or
/// a round on I dag, and saving it: the form stays open with every problem
/// next to its field, and closes only once it is saved (then every pane
/// reads again). Its questions are asked for the pane it was opened from
/// (`host`), which hands their answers back here (`answer`).
struct ApplicationEditor {
  unowned let desk: Desk
  let host: PaneID

  /// What the editor asks: the association's applications, an
  /// application's form, a round's view.
  enum Asks: Question {
    case pick(associationID: Int64, name: String, inquiryID: Int64?)
    case form(GrantApplication, rounds: [ApplicationForm.RoundChoice], staff: [Staff])
    case round
  }

  private func asking(_ question: Asks) -> Asked { Asked(by: .pane(host), question: question) }

  /// The answer to one of the editor's questions.
  func answer(_ question: Asks, _ answer: Answer) -> Kept? {
    switch (question, answer) {
    case (.pick(let associationID, let name, let inquiryID), .chosen(let id)):
      if let id {
        open(id: id, tiedTo: inquiryID)
      } else {
        openNew(associationID: associationID, name: name, inquiryID: inquiryID)
      }
    case (.round, .chosen(let id?)): open(id: id)
    case (.form(let application, let rounds, let staff), .save(let form)):
      return save(form, over: application, rounds: rounds, staff: staff).map {
        Kept(form: $0, question: question)
      }
    default: break
    }
    return nil
  }

  var lang: Language { desk.lang }
  private var store: ApplicationStore { desk.stores.applications }

  /// The association's applications, newest round first, and a new one
  /// (tied to `inquiryID` when there is one).
  func pick(associationID: Int64, name: String, inquiryID: Int64? = nil) {
    do {
      let existing = try store.applications(associationID: associationID)
      let options =
        [(label: lang.pick("＋ Ny ansøgning", "＋ New application"), value: nil as Int64?)]
        + existing.map { (label: "#\($0.id ?? 0) " + Self.line($0, lang: lang), value: $0.id) }
      desk.present(
        .picker(
          Picker(
            title: lang.pick("Ansøgninger · ", "Applications · ") + name, options: options,
            current: nil),
          asking(.pick(associationID: associationID, name: name, inquiryID: inquiryID))))
    } catch { desk.show(error) }
  }

  /// "§ 18-puljen 15-04-2027 · Sommerudflugt · 20.000 kr. · sendt · KM"
  static func line(_ application: GrantApplication, lang: Language) -> String {
    var text =
      application.fundName + " " + application.deadline.numeric + " · " + application.purpose
      + " · " + Kroner.label(application.amountApplied) + " · " + application.status.label(lang)
    if let granted = application.amountGranted, application.status.isGranted {
      text += " " + Kroner.label(granted)
    }
    return text + " · " + application.helperInitials
  }

  func openNew(associationID: Int64, name: String, inquiryID: Int64? = nil) {
    guard let me = desk.me else {
      desk.say(
        lang.pick(
          "Vælg hvem du er (F5), før du opretter en ansøgning.",
          "Choose who you are (F5) before creating an application."), isError: true)
      return
    }
    var blank = GrantApplication(
      roundID: 0, associationID: associationID, inquiryID: inquiryID, purpose: "",
      amountApplied: 0, helperID: me.id)
    blank.associationName = name
    present(blank)
  }

  /// Opens an application; from an inquiry (`tiedTo`), one not yet tied
  /// to any inquiry comes with that inquiry's number filled in.
  func open(id: Int64, tiedTo inquiryID: Int64? = nil) {
    do {
      guard var application = try store.application(id: id) else { throw StoreError.notFound }
      if application.inquiryID == nil { application.inquiryID = inquiryID }
      present(application)
    } catch { desk.show(error) }
  }

  private func present(_ application: GrantApplication) {
    do {
      let rounds = try choices(keeping: application.id == nil ? nil : application.roundID)
      guard !rounds.isEmpty else {
        desk.say(
          lang.pick(
            "Ingen runder med frist fra i dag: importér puljer og runder (skranke import rounds FIL).",
            "No rounds with a deadline from today: import funds and rounds (skranke import rounds FILE)."
          ), isError: true)
        return
      }
      // Colleagues at work, and whoever helped even if they have left: the
      // form never swaps the helper behind the worker's back.
      let staff = try desk.stores.staff.staff(includeInactive: true).filter {
        $0.active || $0.id == application.helperID
      }
      desk.present(
        .form(
          ApplicationForm.make(application, rounds: rounds, staff: staff, lang: lang),
          asking(.form(application, rounds: rounds, staff: staff))))
    } catch { desk.show(error) }
  }

  /// The rounds still open (deadline from today), soonest first, and the
  /// application's own round whatever its date.
  private func choices(keeping roundID: Int64?) throws -> [ApplicationForm.RoundChoice] {
    let funds = desk.stores.funds
    // Only active funds' rounds are offered (an application keeps its own).
    let names = Dictionary(try funds.funds().filter(\.active).map { ($0.id ?? 0, $0.name) }) {
      a, _ in a
    }
    return try funds.rounds().filter {
      $0.id == roundID || ($0.deadline >= desk.today && names[$0.fundID] != nil)
    }.map {
      ApplicationForm.RoundChoice(
        id: $0.id ?? 0,
        label: (names[$0.fundID] ?? "") + " · " + $0.deadline.label(lang))
    }
  }

  private func save(
    _ form: Form, over base: GrantApplication, rounds: [ApplicationForm.RoundChoice],
    staff: [Staff]
  ) -> Form? {
    var form = form
    let (application, errors) = ApplicationForm.read(
      form, over: base, rounds: rounds, staff: staff, today: desk.today)
    guard errors.isEmpty else {
      form.show(errors, lang: lang)
      return form
    }
    guard let me = desk.me else {
      form.message = lang.pick("Vælg hvem du er (F5) først.", "Choose who you are (F5) first.")
      return form
    }
    // The purpose goes to the inquiry's timeline and the export: no CPR.
    if form.warnAboutCPR(lang: lang) { return form }
    do {
      try store.save(application, by: me.id)
      desk.refreshAll()
      desk.say(
        lang.pick("Ansøgningen er gemt: ", "The application is saved: ")
          + application.status.label(lang) + ".", isError: false)
      return nil
    } catch ApplicationStore.Problem.invalid(let problems) {
      form.show(
        Dictionary(uniqueKeysWithValues: problems.map { ($0.key.rawValue, $0.value) }), lang: lang)
      // A problem with no field of its own (the association) is said above.
      let unseen = problems.filter { form.field($0.key.rawValue) == nil }
      if !unseen.isEmpty { form.message = ApplicationStore.Problem.invalid(unseen).message(lang) }
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }
}
