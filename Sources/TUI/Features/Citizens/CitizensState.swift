import Core

/// F3 Borgere's state: the citizen's profile on the left, the suggested activities
/// on the right, ranked again after every key typed in the profile.
struct CitizensState {
  enum Focus: Equatable {
    case profile
    case results
  }

  /// The citizen as last loaded or saved (id and version), under the form.
  var citizen = Citizen()
  var form = Form(title: "", fields: [])
  /// The inquiry this profile was started from: saving links it, and
  /// referrals go on its timeline.
  var inquiry: (id: Int64, label: String)?
  var results: MatchList?
  /// The citizen's open referrals, by activity: marked on the suggestions.
  var referred: [Int64: ReferralStatus] = [:]
  /// Whether anything was said yet that matching can use.
  var hasCriteria = false
  var focus = Focus.profile
  var selected = 0
  var scroll = 0

  var context: Context { focus == .profile ? .matchProfile : .matchResults }

  var selectedRow: MatchRow? {
    guard let rows = results?.rows, rows.indices.contains(selected) else { return nil }
    return rows[selected]
  }

  /// What an effect found, applied here: the only way loaded data gets in.
  mutating func apply(_ message: CitizensMessage) {
    switch message {
    case .loaded(let citizen, let form, let inquiry):
      self.citizen = citizen
      self.form = form
      self.inquiry = inquiry
      focus = .profile
      selected = 0
      scroll = 0
    case .results(let results, let hasCriteria):
      self.hasCriteria = hasCriteria
      self.results = results
      selected = min(selected, max(0, (results?.rows.count ?? 1) - 1))
    case .invalid(let errors, let lang):
      form.show(errors, lang: lang)
      focus = .profile
    case .focusField(let index): form.focus = index
    case .referred(let open): referred = open
    }
  }

  /// Before saving: clears the marks of the last try.
  mutating func clearErrors() { form.clearErrors() }

  /// A CPR number in a text field: warned once, in the form; true when warned.
  mutating func warnAboutCPR(lang: Language) -> Bool {
    guard form.warnAboutCPR(lang: lang) else { return false }
    focus = .profile
    return true
  }

  /// A key (and what the table says it means); returns what to do next.
  mutating func handle(_ key: Key, _ command: CommandID?) -> [CitizensEffect] {
    switch (focus, command) {
    case (_, .pickCitizen): return [.pickCitizen]
    case (_, .showRecord): return [.showRecord]
    case (.profile, .save): return [.saveCitizen]
    case (.profile, .showResults):
      if results?.rows.isEmpty == false { focus = .results }
      return []
    case (.profile, .nextField) where form.focus == form.fields.count - 1,
      (.profile, .advance) where form.focus == form.fields.count - 1:
      if results?.rows.isEmpty == false { focus = .results }
      return []
    case (.profile, _):
      let before = form.fields.map(\.value)
      _ = form.handle(key, command)
      return form.fields.map(\.value) == before ? [] : [.rematch]
    case (.results, .back):
      focus = .profile
    case (.results, .up):
      if selected == 0 { focus = .profile } else { selected -= 1 }
    case (.results, .down): move(1)
    case (.results, .pageUp): move(-5)
    case (.results, .pageDown): move(5)
    case (.results, .refer): return selectedRow.map { [.refer($0)] } ?? []
    default: break
    }
    return []
  }

  private mutating func move(_ delta: Int) {
    let count = results?.rows.count ?? 0
    guard count > 0 else { return }
    selected = max(0, min(count - 1, selected + delta))
  }
}
