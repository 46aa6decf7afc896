import Core

/// Who is at the keyboard: the picker at start-up and on F5, adding
/// oneself, marking a colleague away (`WhoIsHereAway`) and taking one off
/// the list with their open inquiries handed over (`WhoIsHereRemoval`).
/// Not a pane: drawn over any. The shell asks it who `me` is.
final class WhoIsHereFeature {
  unowned let desk: Desk
  /// The computer account skranke runs under: the start-up picker marks
  /// whoever last chose themselves at it.
  let login: String?
  /// Who is at the keyboard; nil until chosen.
  var me: Staff?
  /// The active staff, for the picker.
  var staff: [Staff] = []
  /// My unclosed inquiries past their follow-up date (status bar).
  private(set) var overdue = 0

  /// `initials` (from `--staff` or `$SKRANKE_STAFF`) says who is here.
  init(_ desk: Desk, login: String?, initials: String?) throws {
    self.desk = desk
    self.login = login
    let directory = desk.stores.inquiries.directory
    staff = try directory.staff()
    if let initials {
      guard let found = try directory.staff(initials: initials), found.active else {
        throw InquiryError.unknownStaff
      }
      me = found
    }
  }

  var lang: Language { desk.lang }

  func countOverdue() throws {
    overdue = try me.map { try desk.stores.inquiries.overdueCount(ownerID: $0.id) } ?? 0
  }

  /// "Du har 2 forfaldne henvendelser (F2).", when there are.
  func sayOverdue() {
    guard overdue > 0 else { return }
    desk.say(
      overdue == 1
        ? lang.pick("Du har 1 forfalden henvendelse (F2).", "You have 1 overdue inquiry (F2).")
        : lang.pick(
          "Du har \(overdue) forfaldne henvendelser (F2).",
          "You have \(overdue) overdue inquiries (F2)."), isError: true)
  }

  func asking(_ question: WhoIsHereQuestion) -> Asked {
    Asked(by: .desk, question: question)
  }
}

extension WhoIsHereFeature {
  /// The staff picker: the list, and "add yourself" first.
  func ask() {
    staff = (try? desk.stores.inquiries.directory.staff()) ?? staff
    let options =
      [(label: lang.pick("+ Tilføj mig selv …", "+ Add myself …"), value: nil as Int64?)]
      + staff.map { member in
        let away =
          member.isAway(on: desk.today)
          ? lang.pick("  (væk til og med ", "  (away until ") + (member.awayUntil?.numeric ?? "")
            + ")"
          : ""
        return (label: "\(member.initials)  \(member.name)" + away, value: Optional(member.id))
      }
    // At start-up nobody is marked, so Enter never makes a new worker into
    // whoever is first; the one who last worked at this login is marked.
    let last = me == nil ? login.flatMap { try? desk.stores.inquiries.directory.last(at: $0) } : nil
    var title = lang.pick("Hvem sidder ved skranken?", "Who is at the desk?")
    if let last { title = lang.pick("Er det \(last.name)?", "Is it \(last.name)?") }
    var picker = Picker(title: title, options: options, current: me?.id ?? last?.id)
    if me == nil && last == nil && !staff.isEmpty {
      picker.selected = -1
      picker.firstMark = 1
    }
    desk.present(
      .picker(
        picker, asking(.picker), offers: [.removeStaff, .markAway]))
  }

  func chooseStaff(_ id: Int64?) {
    guard let id else {
      desk.present(.form(Self.staffForm(lang: lang), asking(.addStaff)))
      return
    }
    me = staff.first { $0.id == id }
    if let login { try? desk.stores.inquiries.directory.remember(id, at: login) }
    desk.keyboardChanged()
    desk.say(lang.pick("Ved tastaturet: ", "At the keyboard: ") + (me?.initials ?? ""))
    sayOverdue()
    // Chosen while marked away: said, so a mark left from a holiday is seen.
    if let me, me.isAway(on: desk.today) {
      desk.say(
        me.awayText(lang) + lang.pick(". F5, Ctrl-V retter det.", ". F5, Ctrl-V changes it."),
        isError: true)
    }
  }

  func saveStaff(_ form: Form) -> Form? {
    var form = form
    form.clearErrors()
    if form.warnAboutCPR(lang: lang) { return form }
    do {
      let added = try desk.stores.inquiries.directory.add(
        initials: form.field("initials")?.text ?? "", name: form.field("name")?.text ?? "")
      staff = try desk.stores.inquiries.directory.staff()
      chooseStaff(added.id)
      return nil
    } catch InquiryError.invalid(let errors) {
      form.show(errors, lang: lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  /// The form to add oneself to the staff list.
  static func staffForm(lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Tilføj medarbejder", "Add a staff member"),
      fields: [
        FormField(
          key: "initials", label: lang.pick("Initialer *", "Initials *"), value: .text(TextField())),
        FormField(key: "name", label: lang.pick("Navn", "Name"), value: .text(TextField())),
      ])
    form.footer = lang.pick(
      "Fx KM og Karen Madsen. Gem med Ctrl-S.", "E.g. KM and Karen Madsen. Save with Ctrl-S.")
    return form
  }

}
