import Glibc

/// A fresh folder under /tmp for one test's database file (a real SQLite
/// file, so a second connection can play another desk).
func temporaryDirectory(_ prefix: String) -> String {
  var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
  return String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
}

/// A private copy of the demo database of the golden screens, for a test
/// or a screen that writes (a booking, I dag marking what it showed), so
/// no other test sees its writes whatever order they run in.
func copyOfGoldenDatabase() -> String {
  let target = temporaryDirectory("skranke-golden-copy") + "/golden.db"
  let source = fopen(GoldenScreenTests.path, "rb")!
  let copy = fopen(target, "wb")!
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&buffer, 1, buffer.count, source)
    if count == 0 { break }
    fwrite(buffer, 1, count, copy)
  }
  fclose(source)
  fclose(copy)
  return target
}
