import Core
enum Bench { static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 { 0 } }
