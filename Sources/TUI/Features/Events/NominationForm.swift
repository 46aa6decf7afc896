import Core

/// Nominating for a prize: which prize, the person or the association
/// (picked from the register), who nominates and why.
enum NominationForm {
  static func make(year: Int, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Indstil til årets priser \(year)", "Nominate for the prizes \(year)"),
      fields: [
        FormField(
          key: "prize", label: lang.pick("Pris", "Prize"),
          value: .choice(Prize.allCases.map { $0.name(lang) }, 0)),
        FormField(
          key: "nominee", label: lang.pick("Person / forening *", "Person / association *"),
          value: .text(TextField())),
        FormField(
          key: "by", label: lang.pick("Indstillet af", "Nominated by"), value: .text(TextField())),
        FormField(key: "why", label: lang.pick("Hvorfor", "Why"), value: .text(TextField())),
      ])
    form.footer = lang.pick(
      "Frivilligprisen: den frivilliges navn. Årets Forening: ordenes begyndelse, vælg med ↓ Enter. Ctrl-S gemmer, Esc fortryder.",
      "The volunteer prize: the volunteer's name. Association of the year: the beginnings of its words, pick with ↓ Enter. Ctrl-S saves, Esc cancels."
    )
    return form
  }

  static func prize(_ form: Form) -> Prize {
    Prize.allCases.indices.contains(form.field("prize")?.choice ?? 0)
      ? Prize.allCases[form.field("prize")?.choice ?? 0] : .volunteer
  }
}

extension EventsFeature {
  func showPrizes(_ year: Int?) {
    let year = year ?? state.prizeYear ?? desk.today.parts.0
    do {
      send(.prizes(year, try desk.stores.prizes.nominations(year: year)))
    } catch { desk.show(error) }
  }

  func askNomination(_ year: Int) {
    desk.present(.form(NominationForm.make(year: year, lang: lang), asking(.nominate(year))))
  }

  func saveNomination(_ form: Form, year: Int) -> Form? {
    var form = form
    form.clearErrors()
    let prize = NominationForm.prize(form)
    let typed = form.field("nominee")?.text.trimmed ?? ""
    var associationID: Int64?
    if prize == .association {
      switch AssociationPick.read(typed, lookup: associationLookup) {
      case .success(let found?): associationID = found.id
      case .success(nil): form.setError("nominee", FieldError.required.message(lang))
      case .failure(let problem): form.setError("nominee", problem.message(lang))
      }
    } else if typed.isEmpty {
      form.setError("nominee", FieldError.required.message(lang))
    }
    guard form.fields.allSatisfy({ $0.error == nil }) else {
      form.focusFirstError()
      return form
    }
    do {
      try desk.stores.prizes.nominate(
        year: year, prize: prize, associationID: associationID,
        person: prize == .volunteer ? typed : "", by: form.field("by")?.text ?? "",
        reason: form.field("why")?.text ?? "")
      desk.say(lang.pick("Indstillet: ", "Nominated: ") + SafeText.oneLine(typed))
      showPrizes(year)
      return nil
    } catch let error as PrizeError {
      form.message = lang.pick("Ikke gemt: ", "Not saved: ") + error.message(lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  func choose(_ nomination: Nomination) {
    do {
      try desk.stores.prizes.choose(nomination.id)
      desk.say(
        lang.pick("Valgt: ", "Chosen: ") + SafeText.oneLine(nomination.nominee) + " · "
          + nomination.prize.name(lang) + " \(nomination.year)")
      showPrizes(nomination.year)
    } catch { desk.show(error) }
  }

  var associationLookup: AssociationPick.Lookup {
    { (try? self.desk.stores.associations.associations(matching: $0, limit: 50)) ?? [] }
  }
}
