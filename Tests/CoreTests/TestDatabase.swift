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

  deinit {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    for name in ["old.db", "new.db", "junk.db", "in.csv", "out.csv"] {
      unlink(directory + "/" + name)
    }
    rmdir(directory)
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
