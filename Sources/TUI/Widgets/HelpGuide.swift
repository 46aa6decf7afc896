import Core

/// The few lines `?` opens on: how the place the keyboard is in is used,
/// and its rules, before its keys. Each feature declares its guide with its
/// places (`Feature.guide`); the widgets' places have none.
enum HelpGuide {
  static func text(for context: Context, _ lang: Language) -> String? {
    PaneList.feature(of: context)?.guide.map { lang.pick($0.0, $0.1) }
  }
}
