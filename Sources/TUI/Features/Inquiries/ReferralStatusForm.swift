import Core

/// F2: moving on one of the referrals made from an inquiry.
enum ReferralStatusForm {

  static func make(_ list: [Referral], lang: Language, today: Day) -> Form {
    let labels = list.map {
      "\($0.activityTitle) (\($0.associationName)) – \($0.status.label(lang))"
    }
    let next = list.first?.status == .suggested ? 1 : 2
    var form = Form(
      title: lang.pick("Henvisning", "Referral"),
      fields: [
        FormField(
          key: "referral", label: lang.pick("Henvisning", "Referral"), value: .choice(labels, 0)),
        FormField(
          key: "status", label: "Status",
          value: .choice(ReferralStatus.allCases.map { $0.label(lang) }, next)),
        FormField(
          key: "follow_up", label: lang.pick("Opfølgning", "Follow-up"),
          value: .text(TextField(today.adding(7).numeric))),
      ])
    form.footer = lang.pick(
      "Opfølgning bruges ved foreslået/kontaktet. Ctrl-S gemmer.",
      "Follow-up is used for suggested/contacted. Ctrl-S saves.")
    return form
  }
}
