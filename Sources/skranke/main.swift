import Glibc

// Read the environment once, here; everything below takes it as a value.
var environment: [String: String] = [:]
var pointer = environ
while let entry = pointer.pointee {
  let text = String(cString: entry)
  if let equals = text.firstIndex(of: "=") {
    environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
  }
  pointer += 1
}
exit(SkrankeCLI.main(Array(CommandLine.arguments.dropFirst()), env: environment))
