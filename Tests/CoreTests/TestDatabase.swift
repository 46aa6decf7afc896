import Core
import Glibc

/// A real SQLite file in a fresh temporary directory, removed afterwards.
final class TestDatabase {
  let directory: String
  var path: String { directory + "/test.db" }

  init() {
    var template = Array("/tmp/skranke-test-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    directory = String(cString: made!)
  }

  deinit { Self.remove(directory) }

  /// Removes a folder and everything in it (backups, logs, lock files).
  static func remove(_ path: String) {
    if let dir = opendir(path) {
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name == "." || name == ".." { continue }
        let child = path + "/" + name
        if entry.pointee.d_type == UInt8(DT_DIR) { remove(child) } else { unlink(child) }
      }
      closedir(dir)
    }
    rmdir(path)
  }

  func open() throws -> Database { try Database(path: path) }

  func store() throws -> AssociationStore { try AssociationStore(db: try open()) }

  func file(_ name: String, _ bytes: [UInt8]) -> String {
    let target = directory + "/" + name
    let handle = fopen(target, "wb")!
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
    fclose(handle)
    return target
  }

  /// The repository's demo data, imported.
  func demoStore() throws -> AssociationStore {
    let store = try self.store()
    let importer = Importer(store: store)
    _ = try importer.importAssociations(path: Self.dataDirectory + "/associations.csv")
    _ = try importer.importActivities(path: Self.dataDirectory + "/activities.csv")
    return store
  }

  static var dataDirectory: String {
    var parts = String(#filePath).split(separator: "/").map(String.init)
    parts.removeLast(3)
    return "/" + parts.joined(separator: "/") + "/data"
  }
}
