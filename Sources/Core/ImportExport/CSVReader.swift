/// The state of reading one CSV text, a Unicode scalar at a time (see
/// `CSVParser`): which field and record it is in, whether inside quotes,
/// and the line each record starts on.
struct CSVReader {
  let separator: Unicode.Scalar
  private(set) var records: [CSVRecord] = []
  private var fields: [String] = []
  private var field = String.UnicodeScalarView()
  private var fieldBytes = 0
  private var line = 1
  private var recordLine = 1
  private var inQuotes = false
  private var quoteClosed = false
  private var fieldWasQuoted = false
  private var quoteLine = 1
  /// A CR was the last scalar: an LF right after it ends the same line.
  private var afterCR = false

  init(separator: Unicode.Scalar) { self.separator = separator }

  mutating func read(_ scalar: Unicode.Scalar) throws(CSVError) {
    let crlf = afterCR && scalar == "\n"
    afterCR = scalar == "\r"
    if inQuotes {
      if scalar == "\"" {
        inQuotes = false
        quoteClosed = true
      } else {
        try append(scalar)
        if (scalar == "\n" && !crlf) || scalar == "\r" { line += 1 }
      }
      return
    }
    if crlf { return }  // the CR before it ended the record
    if quoteClosed {
      if scalar == "\"" {  // "" inside quotes: a literal quote
        try append("\"")
        inQuotes = true
        quoteClosed = false
        return
      }
      if scalar != separator && scalar != "\n" && scalar != "\r" {
        throw CSVError(line: line, reason: .textAfterClosingQuote)
      }
    }
    switch scalar {
    case "\"":
      guard field.isEmpty && !fieldWasQuoted else {
        throw CSVError(line: line, reason: .quoteInsideField)
      }
      inQuotes = true
      fieldWasQuoted = true
      quoteLine = line
    case separator:
      endField()
    case "\n", "\r":
      endRecord()
      line += 1
      recordLine = line
    default:
      try append(scalar)
    }
  }

  /// The records read; the text must not end inside quotes.
  mutating func finish() throws(CSVError) -> [CSVRecord] {
    if inQuotes { throw CSVError(line: quoteLine, reason: .unterminatedQuote) }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }

  private mutating func append(_ scalar: Unicode.Scalar) throws(CSVError) {
    fieldBytes += UTF8.width(scalar)
    if fieldBytes > CSVParser.maxFieldBytes {
      throw CSVError(line: recordLine, reason: .fieldTooLong)
    }
    field.append(scalar)
  }

  private mutating func endField() {
    fields.append(String(field))
    field = String.UnicodeScalarView()
    fieldBytes = 0
    quoteClosed = false
    fieldWasQuoted = false
  }

  /// An empty line (one empty field that was not quoted) is no record.
  private mutating func endRecord() {
    let wasQuoted = fieldWasQuoted
    endField()
    if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) {
      records.append(CSVRecord(line: recordLine, fields: fields))
    }
    fields = []
  }
}
