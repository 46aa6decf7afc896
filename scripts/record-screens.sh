#!/usr/bin/env bash
# Re-records the golden screens in Tests/TUITests/Screens/ (and the
# README's key reference, made from the command table) on purpose,
# after a change that is meant to change what a user sees. Read the diff
# (git diff Tests/TUITests/Screens) before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
SKRANKE_RECORD_SCREENS=1 swift test --filter "GoldenScreenTests|ReadmeKeysTests"
git status --short Tests/TUITests/Screens README.md
