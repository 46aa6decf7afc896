import Glibc

/// Why the system refused (an `errno`), said in the user's language: the C
/// library's own text is English only, so the common ones are in Danish
/// here too.
public struct SystemReason: Equatable, Sendable {
  public let code: Int32

  public init(code: Int32) { self.code = code }

  /// The reason for the call that just failed.
  public static var current: SystemReason { SystemReason(code: errno) }

  public func text(_ lang: Language) -> String {
    if lang == .danish, let danish = Self.danish[code] { return danish }
    if code == ENOSPC { return "the disk is full" }
    return String(cString: strerror(code))
  }

  static let danish: [Int32: String] = [
    ENOENT: "filen eller mappen findes ikke",
    EACCES: "ingen adgang",
    EPERM: "ikke tilladt",
    ENOSPC: "disken er fuld",
    EDQUOT: "diskkvoten er brugt op",
    EROFS: "disken er skrivebeskyttet",
    EISDIR: "det er en mappe",
    ENOTDIR: "en del af stien er ikke en mappe",
    EEXIST: "findes allerede",
    EIO: "disken meldte en fejl",
    EMFILE: "for mange åbne filer",
    EBUSY: "filen er i brug",
    ENAMETOOLONG: "navnet er for langt",
  ]
}
