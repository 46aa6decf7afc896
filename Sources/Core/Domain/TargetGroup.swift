/// A målgruppe. The list is fixed by the schema (see README); names are
/// matched folded, in Danish or English, or by code.
public struct TargetGroup: Equatable, Sendable {
  public let id: Int64
  public let code: String
  public let nameDa: String
  public let nameEn: String
  /// Offered when choosing; a hidden group stays where it is already used.
  public var active = true

  public func name(_ lang: Language) -> String { lang == .danish ? nameDa : nameEn }

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
