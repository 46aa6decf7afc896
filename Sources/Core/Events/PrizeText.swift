/// A nomination in words: "nr. 3 ★ Frivilligprisen 2026: Anne Holm
/// (indstillet af Røde Kors: 20 år som besøgsven)".
public enum PrizeText {
  public static func line(_ n: Nomination, _ lang: Language) -> String {
    let clean = SafeText.oneLine
    var text =
      lang.pick("nr. ", "no. ") + "\(n.id) " + (n.chosen ? "★ " : "") + n.prize.name(lang)
      + " \(n.year): " + clean(n.nominee)
    var why: [String] = []
    if !n.nominatedBy.isEmpty {
      why.append(lang.pick("indstillet af ", "nominated by ") + clean(n.nominatedBy))
    }
    if !n.reason.isEmpty { why.append(clean(n.reason)) }
    if !why.isEmpty { text += " (" + why.joined(separator: ": ") + ")" }
    return text
  }
}
