import Glibc

// One libFuzzer binary holds every target: `scripts/fuzz.sh` compiles it
// together with Core's sources (as one module, so a target can reach what
// Core keeps internal) and picks a target with SKRANKE_FUZZ_TARGET.
//
// A target asserts properties, not only "no crash": a broken property is
// said on stderr and the process aborts, which libFuzzer records as a crash
// with the input that did it.

/// Every target, by the name `scripts/fuzz.sh` gives.
nonisolated(unsafe) let fuzzTargets: [String: (FuzzInput) -> Void] = [
  "decode": TextTargets.decode,
  "csv": TextTargets.csv,
  "dates": TextTargets.dates,
  "times": TextTargets.times,
  "when": TextTargets.when,
  "needs": TextTargets.needs,
  "contact": TextTargets.contact,
  "amounts": TextTargets.amounts,
  "limits": TextTargets.limits,
  "writers": WriterTargets.writers,
  "import-associations": ImportTargets.associations,
  "import-activities": ImportTargets.activities,
  "import-rooms": ImportTargets.rooms,
  "import-areas": ImportTargets.areas,
  "import-funds": ImportTargets.funds,
  "import-rounds": ImportTargets.rounds,
  "search": SearchTargets.search,
  "find": SearchTargets.find,
]

nonisolated(unsafe) var chosenTarget: ((FuzzInput) -> Void)?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  let name = getenv("SKRANKE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  guard let target = fuzzTargets[name] else {
    let names = fuzzTargets.keys.sorted().joined(separator: " ")
    say("SKRANKE_FUZZ_TARGET must be one of: \(names)\n")
    exit(2)
  }
  chosenTarget = target
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  chosenTarget?(FuzzInput(bytes: bytes))
  return 0
}

/// One input: its bytes, and the same as text the way a terminal or a
/// form would hand it over (invalid UTF-8 as U+FFFD).
struct FuzzInput {
  let bytes: [UInt8]
  var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A property that must hold; a broken one aborts with what broke.
func require(_ holds: Bool, _ what: @autoclosure () -> String) {
  guard !holds else { return }
  say("PROPERTY BROKEN: \(what())\n")
  abort()
}

/// A line on stderr (written directly: Swift 6 calls `stderr` unsafe).
func say(_ text: String) {
  var bytes = Array(text.utf8)
  _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// A scalar's code as U+XXXX, for messages.
func codes(_ text: String) -> String {
  text.unicodeScalars.prefix(80).map { "U+" + String($0.value, radix: 16) }.joined(
    separator: " ")
}
