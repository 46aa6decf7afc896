import Core

/// Words in both languages: a declaration's help, said in the user's.
struct Said: Sendable {
  let danish: String
  let english: String

  init(_ danish: String, _ english: String) {
    self.danish = danish
    self.english = english
  }

  func callAsFunction(_ lang: Language) -> String { lang.pick(danish, english) }
}

/// One `--option` a command takes: a switch, or one that takes a value.
/// The parser, `--help`, `help COMMAND`, the man page and the bash
/// completion are all made from these, so none can say more than another.
struct OptionSpec: Sendable {
  let name: String
  /// What the value is called in help (`DATO`/`DATE`); nil for a switch.
  let value: Said?
  let help: Said
  /// Shown without brackets in the usage: the command needs it.
  var required = false

  init(_ name: String, _ value: Said? = nil, help: Said, required: Bool = false) {
    self.name = name
    self.value = value
    self.help = help
    self.required = required
  }

  /// The same option, needed by this command.
  var needed: OptionSpec {
    var copy = self
    copy.required = true
    return copy
  }

  /// The same option with this command's own help line.
  func helping(_ danish: String, _ english: String) -> OptionSpec {
    OptionSpec(name, value, help: Said(danish, english), required: required)
  }

  func usage(_ lang: Language) -> String {
    let text = value.map { name + " " + $0(lang) } ?? name
    return required ? text : "[" + text + "]"
  }
}

/// A word a command takes after its name (`FIL`, `ID`), with the words it
/// may be when it is one of a few (completion offers them).
struct ArgumentSpec: Sendable {
  let name: Said
  var optional = false
  var choices: [String] = []
  /// Takes any number of words (`help export bookings`).
  var repeats = false

  func usage(_ lang: Language) -> String {
    let word = choices.isEmpty ? name(lang) : choices.joined(separator: "|")
    return optional ? "[" + word + "]" : word
  }
}

/// A command-line command as it declares itself: its words, its
/// arguments, its options, what it does, and the function that runs it.
struct CommandSpec: Sendable {
  typealias Run = @Sendable (Arguments, [String: String], Language) throws -> Int32

  let path: [String]
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  let summary: Said
  let run: Run

  var name: String { (["skranke"] + path).joined(separator: " ") }

  /// The usage line: `skranke book --room NAVN … [--past] [--db STI]`.
  func usage(_ lang: Language) -> String {
    ([name] + arguments.map { $0.usage(lang) } + options.map { $0.usage(lang) })
      .joined(separator: " ")
  }

  func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

  var requiredArguments: Int { arguments.filter { !$0.optional }.count }
}
