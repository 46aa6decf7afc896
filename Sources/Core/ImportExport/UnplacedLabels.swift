/// A target-group label no rule could place, with the lines it is on and
/// the nearest groups (their Danish names).
public struct UnplacedLabel: Equatable, Sendable {
  public let label: String
  public let lines: [Int]
  public let nearest: [String]
}

/// Collects, over a whole file, the target-group labels that cannot be
/// placed: each once, with every line it is on, so the import is refused
/// with all of them at once rather than line by line.
final class UnplacedLabels {
  private var lines: [String: [Int]] = [:]
  private var spelling: [String: String] = [:]
  private var order: [String] = []

  func add(_ label: String, line: Int) {
    let key = DanishFolding.fold(label).trimmingCharacters(in: " ")
    if lines[key] == nil {
      order.append(key)
      spelling[key] = label.trimmingCharacters(in: " ")
    }
    if lines[key]?.last != line { lines[key, default: []].append(line) }
  }

  /// The refusal for them, joined with the file's other failing lines.
  func refusal(_ labels: TargetGroupLabels, with failure: ImportError? = nil) -> ImportError? {
    guard !order.isEmpty else { return failure }
    let unplaced = ImportError.unplacedTargetGroups(
      order.map { key in
        UnplacedLabel(
          label: spelling[key] ?? key, lines: lines[key] ?? [],
          nearest: labels.nearest(to: key).map(\.nameDa))
      })
    switch failure {
    case nil: return unplaced
    case .lines(let failures)?: return .lines(failures + [unplaced])
    case let other?: return .lines([other, unplaced])
    }
  }
}
