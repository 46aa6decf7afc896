import Glibc

/// Reading a whole file's bytes (imports, the erasure log).
public enum BinaryFile {
  public struct Failure: Error {
    public let reason: SystemReason
  }

  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw Failure(reason: .current)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if count < buffer.count {
        if ferror(file) != 0 { throw Failure(reason: .current) }
        break
      }
    }
    return bytes
  }
}
