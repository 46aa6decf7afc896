import Core

/// What F2 asks (see `Question`). A form's question carries the inquiry
/// as it was read, and a save that finds it changed keeps the form open
/// with the inquiry as it is stored now.
enum InquiriesQuestion: Question {
  /// A handover that asked first (to someone away, or with a past date).
  struct HandOver {
    let inquiry: Inquiry
    let owner: Staff
    let reason: String
    let followUp: Day
    let by: Int64
  }

  case inquiry(base: Inquiry)
  case action(InquiryFormKind, seen: Inquiry)
  /// Close or hand over a colleague's inquiry after all.
  case colleagues(InquiryFormKind, Int64)
  case handOverAnyway(HandOver)
  case referralStatus(Int64, [Referral])
  case countDown(Referral)
  case categories
}

extension InquiriesFeature {
  func asking(_ question: InquiriesQuestion) -> Asked {
    Asked(by: .pane(.inquiries), question: question)
  }

  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    if let asked = question as? ApplicationEditor.Asks {
      return ApplicationEditor(desk: desk, host: .inquiries).answer(asked, answer)
    }
    guard let question = question as? InquiriesQuestion else { return nil }
    switch (question, answer) {
    case (.inquiry(var base), .save(let form)):
      return saveInquiry(form, &base).map {
        Kept(form: $0, question: InquiriesQuestion.inquiry(base: base))
      }
    case (.action(let kind, var seen), .save(let form)):
      return saveAction(kind, form, &seen).map {
        Kept(form: $0, question: InquiriesQuestion.action(kind, seen: seen))
      }
    case (.colleagues(let kind, let id), .yes): openForm(kind, id, colleagues: true)
    case (.handOverAnyway(let handOver), .yes):
      do {
        try hand(handOver)
        desk.dismissForm()
        desk.refreshAll()
      } catch { desk.show(error) }
    case (.referralStatus(let id, let list), .save(let form)):
      return saveReferralStatus(form, id, list).map { Kept(form: $0, question: question) }
    case (.countDown(let referral), .yes): countDown(referral)
    case (.categories, .save(let form)):
      return saveCategories(form).map { Kept(form: $0, question: question) }
    default: break
    }
    return nil
  }

  func change(_ question: Question, _ form: inout Form) {
    guard case .inquiry(let base) = question as? InquiriesQuestion else { return }
    InquiryForm.complete(&form, isNew: base.id == nil, lang: lang, lookup: lookupAssociation)
  }
}
