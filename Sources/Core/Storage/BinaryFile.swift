import Glibc

/// Reading a whole file's bytes (imports, the erasure log).
public enum BinaryFile {
  public struct Failure: Error {
    public let reason: SystemReason
    /// The file holds more than the limit asked for (read no further).
    public var tooLarge = false
  }

  /// The file's bytes; with `limit`, a file (or a device such as
  /// `/dev/zero`) that holds more is refused once that much is read.
  public static func read(_ path: String, limit: Int? = nil) throws(Failure) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw Failure(reason: .current)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if let limit, bytes.count > limit {
        throw Failure(reason: SystemReason(code: EFBIG), tooLarge: true)
      }
      if count < buffer.count {
        if ferror(file) != 0 { throw Failure(reason: .current) }
        break
      }
    }
    return bytes
  }
}
