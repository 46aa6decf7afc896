import Glibc

/// A fresh folder under /tmp for one test's database file (a real SQLite
/// file, so a second connection can play another desk).
func temporaryDirectory(_ prefix: String) -> String {
  var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
  return String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
}
