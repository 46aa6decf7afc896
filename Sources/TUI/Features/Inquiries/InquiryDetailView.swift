import Core

/// The lines of one inquiry: who asked, what about, where it stands, and
/// its whole timeline (which is only ever added to).
enum InquiryDetailView {
  static func lines(
    _ detail: InquiriesState.Detail, words: InquiryWords, today: Day, width: Int
  ) -> [DetailView.Line] {
    let lang = words.lang
    let inquiry = detail.inquiry
    var out: [DetailView.Line] = []
    let labelWidth = 13
    func field(_ da: String, _ en: String, _ value: String, style: Style = .plain) {
      guard !value.isEmpty else { return }
      let label = Wrap.pad(lang.pick(da, en) + ":", width: labelWidth)
      for (index, piece) in Wrap.lines(value, width: max(10, width - labelWidth)).enumerated() {
        out.append(
          DetailView.Line(
            text: (index == 0 ? label : String(repeating: " ", count: labelWidth)) + piece,
            style: style))
      }
    }
    let owner = words.initials(inquiry.ownerID)
    out.append(
      DetailView.Line(
        text: lang.pick("Henvendelse #", "Inquiry #") + "\(inquiry.id ?? 0) · "
          + inquiry.status.label(lang) + " · " + lang.pick("ejer ", "owner ") + owner,
        style: .accent))
    if inquiry.handedOverFromID != nil,
      let handover = detail.events.last(where: { $0.kind == .handover })
    {
      field(
        "Overdraget", "Handed over",
        lang.pick(
          "fra \(handover.oldValue) til \(handover.newValue): ",
          "from \(handover.oldValue) to \(handover.newValue): ")
          + handover.text, style: .bold)
    }
    if let followUp = inquiry.followUp {
      let overdue = inquiry.isOverdue(today: today)
      let days = today.ordinal - followUp.ordinal
      field(
        "Opfølgning", "Follow-up",
        followUp.label(lang)
          + (overdue
            ? lang.pick("  ! FORFALDEN (", "  ! OVERDUE (")
              + lang.count(days, "dag", "dage", "day", "days") + ")" : ""),
        style: overdue ? .error : .bold)
    }
    if let outcome = inquiry.outcome {
      field(
        "Udfald", "Outcome", outcome.label(lang) + " (" + words.stamp(inquiry.closedAt ?? "") + ")")
    }
    field(
      "Modtaget", "Received",
      words.stamp(inquiry.receivedAt) + " · " + inquiry.channel.label(lang))
    let contact = InquiryForm.formatContact(inquiry.askerContact)
    field(
      "Spørger", "Asked by",
      inquiry.askerKind.label(lang)
        + (inquiry.askerName.isEmpty ? "" : ": " + inquiry.askerName)
        + (contact.isEmpty ? "" : ", " + contact))
    field("Om forening", "Association", inquiry.associationName)
    field("Kategori", "Category", words.category(inquiry.categoryID))
    field("Tekst", "Text", inquiry.text)
    out.append(DetailView.Line(text: "", style: .plain))
    out.append(DetailView.Line(text: lang.pick("Forløb", "Timeline"), style: .header))
    for event in detail.events {
      let head = words.moment(event.at) + " " + Wrap.pad(event.staffInitials, width: 4)
      let pieces = Wrap.lines(words.event(event), width: max(10, width - 18))
      for (index, piece) in pieces.enumerated() {
        out.append(
          DetailView.Line(
            text: (index == 0 ? Wrap.pad(head, width: 18) : String(repeating: " ", count: 18))
              + piece,
            style: .plain))
      }
    }
    return out
  }
}
