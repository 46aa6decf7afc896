#!/usr/bin/env bash
# Re-records the golden screens in Tests/TUITests/Screens/ on purpose,
# after a change that is meant to change what a user sees. Read the diff
# (git diff Tests/TUITests/Screens) before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
SKRANKE_RECORD_SCREENS=1 swift test --filter GoldenScreenTests
git status --short Tests/TUITests/Screens
