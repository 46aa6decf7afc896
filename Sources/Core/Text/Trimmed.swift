extension String {
  /// Without whitespace at either end (what a person meant to type).
  public var trimmed: String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice.removeFirst() }
    while slice.last?.isWhitespace == true { slice.removeLast() }
    return String(slice)
  }
}

extension String {
  /// Split at every scalar `isSeparator` accepts: a `|` or `,` with a mark
  /// after it is one Character to Swift, but still a separator here.
  public func splitScalars(where isSeparator: (Unicode.Scalar) -> Bool) -> [String] {
    var parts: [String] = []
    var part = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if isSeparator(scalar) {
        parts.append(String(part))
        part = String.UnicodeScalarView()
      } else {
        part.append(scalar)
      }
    }
    parts.append(String(part))
    return parts
  }
}
