extension Language {
  /// A number with its noun in the right form: `1 dato`, `2 datoer`,
  /// `1 date`, `2 dates` (never `dato(er)`).
  public func count(
    _ n: Int, _ danishOne: String, _ danishMany: String, _ englishOne: String,
    _ englishMany: String
  ) -> String {
    "\(n) " + pick(n == 1 ? danishOne : danishMany, n == 1 ? englishOne : englishMany)
  }
}
