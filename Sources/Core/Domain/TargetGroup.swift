/// A målgruppe: one of the nine skranke starts with, or one of the
/// centre's own (`TargetGroupList`). Names are matched folded, in Danish or
/// English, or by code.
public struct TargetGroup: Equatable, Sendable {
  public let id: Int64
  public let code: String
  public let nameDa: String
  public let nameEn: String
  /// Offered when choosing; a hidden group stays where it is already used.
  public var active = true

  public func name(_ lang: Language) -> String { lang == .danish ? nameDa : nameEn }

  /// The codes of the nine groups skranke starts with (`Schema.v1`).
  static let seeded: Set<String> = [
    "elderly", "disability", "children", "homelessness", "addiction", "mental", "integration",
    "health", "relatives",
  ]

  /// One of the nine, which the loose rules of an import know; the
  /// centre's own are found by their name or code only.
  public var isSeeded: Bool { Self.seeded.contains(code) }

  public func matches(_ text: String) -> Bool {
    let folded = DanishFolding.fold(text)
    return folded == DanishFolding.fold(code) || folded == DanishFolding.fold(nameDa)
      || folded == DanishFolding.fold(nameEn)
  }
}

/// An area (lokalområde): a town or district.
public struct Area: Equatable, Sendable {
  public let id: Int64
  public let name: String
}
