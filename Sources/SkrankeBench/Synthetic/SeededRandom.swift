import Core

/// The benchmark's random numbers: a fixed seed gives the same synthetic
/// data on every run and machine (a linear congruential generator; only
/// spread matters here, not quality).
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
