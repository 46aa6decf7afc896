import Core
import Testing

@testable import skranke

/// The command line's declarations: what the parser takes is what help,
/// the man page and completion say, and nothing else.
@Suite struct DeclarationTests {
  let all = CommandResolver.all

  @Test func eachCommandIsDeclaredOnceWithItsOptionsOnce() {
    let paths = all.map { $0.path.joined(separator: " ") }
    #expect(all.count > 30)
    #expect(Set(paths).count == paths.count)
    for spec in all {
      let names = spec.options.map(\.name)
      #expect(Set(names).count == names.count, "\(spec.name) declares an option twice")
      #expect(names.allSatisfy { $0.hasPrefix("--") })
    }
  }

  /// The parser reads `--x value` or `--x` the same in every command, so a
  /// name is a switch everywhere or takes a value everywhere.
  @Test func noOptionIsASwitchInOneCommandAndValuedInAnother() {
    #expect(!CommandResolver.valued.isEmpty)
    #expect(CommandResolver.valued.isDisjoint(with: CommandResolver.switches))
  }

  @Test func anOptionACommandDoesNotDeclareIsRefusedNamingIt() {
    for (argv, named) in [
      (["report", "bookings", "--room", "Store sal"], "--room"),
      (["export", "inquiries", "--association", "x"], "--association"),
      (["staff", "add", "KM", "Karen", "--json"], "--json"),
    ] {
      #expect(throws: CLIError.self) { try CommandResolver.resolve(argv) }
      do {
        _ = try CommandResolver.resolve(argv)
      } catch {
        #expect(ErrorText.exitCode(error) == 2)
        #expect(ErrorText.message(error, .english).contains("does not take \(named)"))
      }
    }
  }

  @Test func anOptionGivenTwiceIsRefused() {
    do {
      _ = try CommandResolver.resolve(["report", "--year", "2026", "--year=2027"])
      Issue.record("--year twice was taken")
    } catch {
      #expect(ErrorText.message(error, .english).contains("--year is given twice"))
    }
  }

  /// Every declared option of every command is taken by the parser, and
  /// shown by `help COMMAND`, the man page and the completion.
  @Test func everyDeclaredOptionIsTakenAndShownEverywhere() throws {
    let man = ManPage.text(.english)
    let completion = BashCompletion.script
    for spec in all {
      var argv = spec.path + spec.arguments.filter { !$0.optional }.map { _ in "x" }
      for option in spec.options {
        argv += [option.name] + (option.value == nil ? [] : ["v"])
      }
      let (found, args) = try CommandResolver.resolve(argv)
      #expect(found.path == spec.path)
      #expect(spec.options.allSatisfy { args.given($0.name) })
      let page = try HelpPages.command(spec.path.isEmpty ? [] : spec.path, .english)
      for option in spec.options {
        #expect(page.contains(option.name), "help \(spec.name) misses \(option.name)")
        #expect(
          man.contains(ManPage.escaped(option.name)), "the man page misses \(option.name)")
        #expect(completion.contains(option.name))
      }
      if !spec.isAlias {
        #expect(HelpPages.overview(.danish).contains(spec.name))
        #expect(man.contains(ManPage.escaped(spec.name)))
      }
    }
  }

  @Test func aFamilyWithoutItsCommandSaysEachOfIt() {
    do {
      _ = try CommandResolver.resolve(["citizen"])
      Issue.record("citizen alone was taken")
    } catch {
      let text = ErrorText.message(error, .english)
      for word in ["list", "export", "erase", "retention", "erase-dormant"] {
        #expect(text.contains("skranke citizen \(word)"))
      }
    }
  }

  @Test func troffCannotBeAskedForByStoredWords() {
    #expect(ManPage.escaped(".so /etc/passwd") == "\\&.so /etc/passwd")
    #expect(ManPage.escaped("'br") == "\\&'br")
    #expect(ManPage.escaped("a\\fBb") == "a\\efBb")
    #expect(ManPage.escaped("x\ny") == "x y")
  }
}
