/// Maps column texts that repeat (an activity's interest list, its
/// association's target groups) to what was made from them, keyed by the
/// raw bytes: loading 100,000 activities then makes one String per distinct
/// text, not one per row.
struct TextCache<Value> {
  private var byHash: [UInt64: Int] = [:]
  private var entries: [(bytes: [UInt8], value: Value)] = []
  /// Texts whose hash another text already had (practically never).
  private var collided: [String: Value] = [:]

  /// The value for these bytes, made by `make` from the text the first time.
  mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, make: (String) -> Value) -> Value {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    if let at = byHash[hash] {
      if entries[at].bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) {
        return entries[at].value
      }
      let text = String(decoding: bytes, as: UTF8.self)
      if let known = collided[text] { return known }
      let value = make(text)
      collided[text] = value
      return value
    }
    let value = make(String(decoding: bytes, as: UTF8.self))
    byHash[hash] = entries.count
    entries.append((Array(bytes), value))
    return value
  }
}
