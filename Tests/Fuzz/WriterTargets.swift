import Foundation

/// Every writer's sanitiser as a round trip: what goes in comes out
/// escaped by its format's rules, reads back as itself (less the controls
/// the format drops), and nothing in it runs.
enum WriterTargets {
  /// What a writer keeps of a text: everything but C0/C1 controls (line
  /// breaks and tabs stay) and the bidirectional controls.
  static func withoutControls(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { scalar in
          scalar == "\n" || scalar == "\t" || scalar == "\r"
            || !(SafeText.isControl(scalar) || SafeText.isBidiControl(scalar))
        }))
  }

  static func writers(_ input: FuzzInput) {
    let text = input.text
    calendar(text)
    html(text)
    json(text)
    terminal(text)
  }

  /// iCalendar: lines of at most 75 octets ending in CRLF; unfolded and
  /// unescaped, the value is the text less controls and CRs.
  static func calendar(_ text: String) {
    var lines = ICSLines()
    lines.text("SUMMARY", text)
    let bytes = Array(lines.text.utf8)
    var physical: [[UInt8]] = [[]]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D {
        require(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "a bare CR in iCalendar")
        physical.append([])
        index += 2
        continue
      }
      require(bytes[index] != 0x0A, "a bare LF in iCalendar")
      require(bytes[index] >= 0x20 && bytes[index] != 0x7F, "a control byte in iCalendar")
      physical[physical.count - 1].append(bytes[index])
      index += 1
    }
    for line in physical { require(line.count <= 75, "an iCalendar line of \(line.count) octets") }
    // Unfold: each line after the first starts with the space folding added.
    var unfolded: [UInt8] = physical[0]
    for line in physical.dropFirst() where !line.isEmpty {
      require(line.first == 0x20, "a continuation without its space")
      unfolded += line.dropFirst()
    }
    guard let value = String(validating: unfolded, as: UTF8.self) else {
      require(false, "folding split a character")
      return
    }
    // By scalars: ":" and a mark after it are one Character.
    let name = Array("SUMMARY:".unicodeScalars)
    require(Array(value.unicodeScalars.prefix(name.count)) == name, "the property name")
    var out = String.UnicodeScalarView()
    var escaped = false
    for scalar in value.unicodeScalars.dropFirst(name.count) {
      if escaped {
        require("\\;,nN".unicodeScalars.contains(scalar), "an unknown escape \\\(scalar)")
        out.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else {
        require(scalar != ";" && scalar != ",", "an unescaped ; or , in a TEXT value")
        out.append(scalar)
      }
    }
    let expected = withoutControls(text).unicodeScalars.filter { $0 != "\r" && $0 != "\t" }
    require(
      Array(out) == Array(expected), "iCalendar read back as \(codes(String(out)))")
  }

  /// HTML: nothing that opens a tag, an attribute or an entity of its own;
  /// the entities read back as the text (tabs and line breaks as spaces).
  static func html(_ text: String) {
    let escaped = HTMLText.escape(text)
    for scalar in escaped.unicodeScalars {
      require(scalar != "<" && scalar != ">" && scalar != "\"" && scalar != "'", "raw \(scalar)")
      require(!SafeText.isUnsafe(scalar), "a control in HTML")
    }
    // Entities read back scalar by scalar (a mark after `;` is its own).
    var decoded = String.UnicodeScalarView()
    var rest = Array(escaped.unicodeScalars)[...]
    let entities: [(String, Unicode.Scalar)] = [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]
    while let first = rest.first {
      if first == "&" {
        guard
          let (entity, plain) = entities.first(where: {
            rest.starts(with: Array($0.0.unicodeScalars))
          })
        else {
          require(false, "a bare & in HTML")
          return
        }
        decoded.append(plain)
        rest = rest.dropFirst(entity.unicodeScalars.count)
      } else {
        decoded.append(first)
        rest = rest.dropFirst()
      }
    }
    let expected = String(
      String.UnicodeScalarView(
        text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "\t" || scalar == "\n" { return " " }
          return SafeText.isUnsafe(scalar) ? nil : scalar
        }))
    require(
      Array(decoded) == Array(expected.unicodeScalars),
      "HTML read back as \(codes(String(decoded)))")
  }

  /// JSON: a real parser (Foundation's) reads the quoted text back whole,
  /// and no control or line separator is in its bytes.
  static func json(_ text: String) {
    let quoted = JSON.quote(text)
    for scalar in quoted.unicodeScalars {
      require(
        !SafeText.isUnsafe(scalar) && scalar.value != 0x2028 && scalar.value != 0x2029,
        "raw \(codes(String(scalar))) in JSON")
    }
    let data = Data(quoted.utf8)
    let value = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
    require((value as? String) == text, "JSON read back differently")
  }

  /// Terminal text: no control, escape or reordering character reaches a
  /// terminal; line breaks only where the program writes lines.
  static func terminal(_ text: String) {
    for scalar in SafeText.lines(text).unicodeScalars where scalar != "\n" && scalar != "\t" {
      require(!SafeText.isUnsafe(scalar), "\(codes(String(scalar))) reached the terminal")
    }
    for scalar in SafeText.oneLine(text).unicodeScalars {
      require(!SafeText.isUnsafe(scalar) || scalar == "\t", "\(codes(String(scalar))) in a line")
      require(scalar != "\n", "a line break inside one line")
    }
    var cells = 0
    var marks = 0
    for character in text.prefix(200) {
      for (index, cell) in TerminalCells.cells(character).enumerated() {
        // Only a mark with no letter before it is 0 wide (the caller joins it).
        require(
          (index == 0 ? 0 : 1) <= cell.width && cell.width <= 2, "a cell \(cell.width) wide")
        require(cell.text.unicodeScalars.count <= 1 + TerminalCells.marksPerCell, "too many marks")
        for scalar in cell.text.unicodeScalars {
          require(!SafeText.isUnsafe(scalar), "\(codes(String(scalar))) drawn")
        }
        marks += cell.text.unicodeScalars.count
        cells += cell.width
      }
    }
    require(marks >= 0 && cells >= 0, "counts")
  }
}
