#!/usr/bin/env bash
# ctest browser.join-page: the join page in Debian's Chromium, driven by puppeteer-core.
#   join_page.sh PEER WORKDIR
# Installs what it needs, never globally: Chromium (scripts/deps), Node.js and npm when missing,
# and puppeteer-core into WORKDIR (the build folder). Anything that cannot be installed FAILS the
# test with the reason: a browser test that quietly skips would hide a broken page.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peer="$(realpath "$1")"
mkdir -p "$2" && work="$(cd "$2" && pwd)"
# puppeteer-core 24 runs on Node 18 and later and drives current Chromium over CDP; pinned so a
# new release cannot change the test under us.
puppeteer="puppeteer-core@24.43.1"
fail() { echo "browser.join-page: FAILED: $*" >&2; exit 1; }

extra=()
[ -x /usr/bin/chromium ] || extra+=(chromium)
command -v node >/dev/null && command -v npm >/dev/null || extra+=(nodejs npm)
if [ ${#extra[@]} -gt 0 ]; then
  "$root/scripts/deps" "${extra[@]}" || fail "could not install ${extra[*]} (scripts/deps)"
fi
[ -x /usr/bin/chromium ] || fail "no /usr/bin/chromium after scripts/deps chromium"
command -v node >/dev/null || fail "no node after scripts/deps nodejs"

if [ ! -f "$work/node_modules/puppeteer-core/package.json" ]; then
  echo "browser.join-page: installing $puppeteer into $work" >&2
  (cd "$work" && npm install --no-audit --no-fund --silent --no-save "$puppeteer" >/dev/null) ||
    fail "npm install $puppeteer failed"
fi
exec timeout 60 node "$here/join_page.test.js" "$peer" "$work"
