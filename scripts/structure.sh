#!/usr/bin/env bash
# The architecture's rules that a reader could forget, checked on the
# sources (ARCHITECTURE.md says why each holds). Prints each breach with
# its file and line; exit status 1 if any.
set -uo pipefail
cd "$(dirname "$0")/.."
breaches=0
breach() { echo "structure: $*"; breaches=$((breaches + 1)); }

# Core is one module: none of its files imports it.
while IFS= read -r hit; do breach "$hit: a Core file imports Core"; done \
  < <(grep -rn "^import Core$" Sources/Core)

# Panes and commands are given their stores (Stores), never build one from
# the database themselves.
while IFS= read -r hit; do breach "$hit: a store built outside Stores"; done \
  < <(grep -rnE "\b[A-Z][A-Za-z]*(Store|Register|Directory|Eraser|Files|Finder|Service|Search|Matcher|Cleanup|Settings|Vocabulary|List|Report|Calendar|Exports|Exporter|Importer|History|Record)\((db|store):" \
    Sources/TUI Sources/skranke)
while IFS= read -r hit; do breach "$hit: a pane reads the database itself"; done \
  < <(grep -rnE "desk\.db\b|\bCitizenRecord\.load\(|AssociationHistory\.read\(" Sources/TUI)

# The command line imports the TUI only to start the desk.
while IFS= read -r hit; do breach "$hit: the command line imports the TUI"; done \
  < <(grep -rln "^import TUI$" Sources/skranke | grep -v "Sources/skranke/CLI/UICommand.swift")

# A form's, a list's or a question's answer comes back to the feature as a
# message (Asked, Answer), never as a closure holding the feature; and a
# feature changes its state only through send.
while IFS= read -r hit; do breach "$hit: a closure holds the feature (answer with a Question)"; done \
  < <(grep -rnE "\[(unowned|weak) self\]" Sources/TUI)
while IFS= read -r hit; do breach "$hit: state changed outside send"; done \
  < <(grep -rn "state\.apply(" Sources/TUI/Features | grep -v "func send(")

# A pane declares itself once, in its folder (Features/*/…Declared.swift):
# the shell's tables, help and Find name none of its places or its tab.
declared="$(grep -hoE "static let [a-zA-Z]+ = (Context|PaneID)\(" Sources/TUI/Features/*/*Declared.swift \
  | sed -E 's/static let ([a-zA-Z]+) = .*/\1/' | sort -u)"
general="$(grep -hoE "static let [a-zA-Z]+ = CommandID\(" Sources/TUI/Commands/CommandID.swift \
  | sed -E 's/static let ([a-zA-Z]+) = .*/\1/' | sort -u)"
for name in $(comm -23 <(echo "$declared") <(echo "$general")); do
  while IFS= read -r hit; do breach "$hit: names the pane's .$name"; done \
    < <(grep -nwE "\.$name" Sources/TUI/Commands/Context.swift Sources/TUI/Commands/CommandTable.swift \
      Sources/TUI/Widgets/HelpGuide.swift Sources/TUI/Widgets/HelpOverlay.swift Sources/TUI/Features/Find/FindFeature.swift \
      Sources/TUI/Shell/Pane.swift)
done

# The shell holds no feature: App with all its extensions stays small, and
# the event loop changes the desk's state only through its methods.
app_lines=$(cat $(grep -rlE "^(public )?(final )?class App\b|^extension App\b" Sources/TUI) | wc -l)
[ "$app_lines" -le 300 ] || breach "App and its extensions are $app_lines lines (at most 300)"
while IFS= read -r hit; do breach "$hit: the event loop sets the desk's state"; done \
  < <(grep -nE "\bapp\.[a-zA-Z.]+ *[+-]?= " Sources/TUI/Shell/EventLoop.swift)

echo "structure: $breaches breaches"
[ "$breaches" -eq 0 ]
