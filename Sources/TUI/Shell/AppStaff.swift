import Core

/// Who is at the keyboard: the picker at start-up and on F5, adding
/// oneself, the overdue count in the status bar, and the tick that reads
/// again when another desk wrote.
extension App {
  var overdueText: String {
    overdueMine == 1
      ? lang.pick("Du har 1 forfalden henvendelse (F2).", "You have 1 overdue inquiry (F2).")
      : lang.pick(
        "Du har \(overdueMine) forfaldne henvendelser (F2).",
        "You have \(overdueMine) overdue inquiries (F2).")
  }

  /// The staff picker: the list, and "add yourself" first.
  func askWhoIsHere() {
    staff = (try? inquiryStore.directory.staff()) ?? staff
    let options =
      [(label: lang.pick("+ Tilføj mig selv …", "+ Add myself …"), value: nil as Int64?)]
      + staff.map { member in
        let away =
          member.isAway(on: today)
          ? lang.pick("  (væk til og med ", "  (away until ") + (member.awayUntil?.numeric ?? "")
            + ")"
          : ""
        return (label: "\(member.initials)  \(member.name)" + away, value: Optional(member.id))
      }
    // At start-up nobody is marked, so Enter never makes a new worker into
    // whoever is first; the one who last worked at this login is marked.
    let last = me == nil ? login.flatMap { try? inquiryStore.directory.last(at: $0) } : nil
    var title = lang.pick("Hvem sidder ved skranken?", "Who is at the desk?")
    if let last { title = lang.pick("Er det \(last.name)?", "Is it \(last.name)?") }
    var picker = Picker(title: title, options: options, current: me?.id ?? last?.id)
    if me == nil && last == nil && !staff.isEmpty {
      picker.selected = -1
      picker.firstMark = 1
    }
    present(
      .picker(
        picker, ask(.whoIsHere), offers: [.removeStaff, .markAway]))
  }

  func chooseStaff(_ id: Int64?) {
    guard let id else {
      present(.form(Self.staffForm(lang: lang), ask(.addStaff)))
      return
    }
    me = staff.first { $0.id == id }
    if let login { try? inquiryStore.directory.remember(id, at: login) }
    refreshMine()
    for pane in panes.values { pane.receive(.staffChanged) }
    message = (lang.pick("Ved tastaturet: ", "At the keyboard: ") + (me?.initials ?? ""), false)
    if overdueMine > 0 { message = (overdueText, true) }
    // Chosen while marked away: said, so a mark left from a holiday is seen.
    if let me, me.isAway(on: today) {
      message = (
        me.awayText(lang) + lang.pick(". F5, Ctrl-V retter det.", ". F5, Ctrl-V changes it."), true
      )
    }
  }

  func saveStaff(_ form: Form) -> Form? {
    var form = form
    form.clearErrors()
    if form.warnAboutCPR(lang: lang) { return form }
    do {
      let added = try inquiryStore.directory.add(
        initials: form.field("initials")?.text ?? "", name: form.field("name")?.text ?? "")
      staff = try inquiryStore.directory.staff()
      chooseStaff(added.id)
      return nil
    } catch InquiryError.invalid(let errors) {
      form.show(errors, lang: lang)
    } catch {
      form.message = notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  /// My overdue count, and the data_version and day it was read at.
  func refreshMine() {
    do {
      overdueMine = try me.map { try inquiryStore.overdueCount(ownerID: $0.id) } ?? 0
      seenDataVersion = try db.dataVersion()
      seenDay = today
    } catch { show(error) }
  }

  /// Another desk wrote (SQLite's data_version moved) or the day changed:
  /// every pane reads again. Called by the event loop while waiting for
  /// keys; true when the screen needs drawing.
  @discardableResult
  public func tick() -> Bool {
    let found = pollBackground()
    // Past midnight, yesterday's follow-ups become overdue without any write.
    let dayChanged = today != seenDay
    guard let version = try? db.dataVersion(), version != seenDataVersion || dayChanged
    else { return found }
    refreshAll()
    return true
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
