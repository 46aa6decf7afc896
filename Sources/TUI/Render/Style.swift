/// What a cell should look like. Colour is only ever a second signal: every
/// role also has a bold, reverse or underline form that works without colour.
public struct Style: Equatable, Sendable {
  public enum Role: Equatable, Sendable {
    case plain
    case title
    case accent
    case error
    case selection
    case muted
  }

  public var role: Role = .plain
  public var bold = false
  public var reverse = false
  public var underline = false

  public init(
    role: Role = .plain, bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()
  public static let bold = Style(bold: true)
  public static let title = Style(role: .title, reverse: true)
  public static let selection = Style(role: .selection, reverse: true)
  public static let error = Style(role: .error, bold: true)
  public static let accent = Style(role: .accent, bold: true)
  public static let muted = Style(role: .muted)
  public static let header = Style(bold: true, underline: true)
}
