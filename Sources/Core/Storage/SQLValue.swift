/// A value bound to, or read from, SQLite.
public enum SQLValue: Equatable, Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)

  public static func int(_ value: Int?) -> SQLValue {
    value.map { .integer(Int64($0)) } ?? .null
  }

  public static func int64(_ value: Int64?) -> SQLValue {
    value.map { .integer($0) } ?? .null
  }

  public static func bool(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }

  public static func optionalText(_ value: String?) -> SQLValue {
    value.map { .text($0) } ?? .null
  }
}
