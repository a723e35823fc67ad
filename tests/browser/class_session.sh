#!/usr/bin/env bash
# ctest browser.class-session: a class vote in the real window under Xvfb, voted on by Debian's
# Chromium (puppeteer-core) and 60 simulated phones; the saved class debrief must hold the exact
# tallies (tests/browser/class_session.test.js).
#   class_session.sh FRONTLINE WORKDIR SCENARIOS
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
frontline="$(realpath "$1")" scenarios="$(realpath "$3")"
mkdir -p "$2" && work="$(cd "$2" && pwd)"
. "$here/puppeteer.sh"
need_puppeteer browser.class-session "$work"
command -v xdotool >/dev/null && command -v xwd >/dev/null ||
  { echo "browser.class-session: FAILED: xdotool and xwd are needed (scripts/deps)" >&2; exit 1; }
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec timeout 90 "$here/../with_xvfb.sh" 1280x720 node "$here/class_session.test.js" \
  "$frontline" "$work" "$scenarios"
