# Sourced by the browser tests: installs what they need, never globally — Chromium (scripts/deps),
# Node.js and npm when missing, and puppeteer-core into the work folder given (the build folder).
# Anything that cannot be installed FAILS the test with the reason: a browser test that quietly
# skips would hide a broken page.
#   . puppeteer.sh; need_puppeteer TEST_NAME WORKDIR
# puppeteer-core 24 runs on Node 18 and later and drives current Chromium over CDP; pinned so a
# new release cannot change the tests under us.
puppeteer="puppeteer-core@24.43.1"
need_puppeteer() {
  local name=$1 work=$2 root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  local extra=()
  [ -x /usr/bin/chromium ] || extra+=(chromium)
  command -v node >/dev/null && command -v npm >/dev/null || extra+=(nodejs npm)
  if [ ${#extra[@]} -gt 0 ]; then
    "$root/scripts/deps" "${extra[@]}" || { echo "$name: FAILED: could not install ${extra[*]} (scripts/deps)" >&2; exit 1; }
  fi
  [ -x /usr/bin/chromium ] || { echo "$name: FAILED: no /usr/bin/chromium after scripts/deps chromium" >&2; exit 1; }
  command -v node >/dev/null || { echo "$name: FAILED: no node after scripts/deps nodejs" >&2; exit 1; }
  # Two browser tests may start at once: one installs, the other waits for it.
  exec 9>"$work/.npm-install.lock"
  flock 9
  if [ ! -f "$work/node_modules/puppeteer-core/package.json" ]; then
    echo "$name: installing $puppeteer into $work" >&2
    (cd "$work" && npm install --no-audit --no-fund --silent --no-save "$puppeteer" >/dev/null) ||
      { echo "$name: FAILED: npm install $puppeteer failed" >&2; exit 1; }
  fi
  flock -u 9
}
