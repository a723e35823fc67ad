#!/usr/bin/env bash
# ctest browser.join-page: the join page in Debian's Chromium, driven by puppeteer-core.
#   join_page.sh PEER WORKDIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
peer="$(realpath "$1")"
mkdir -p "$2" && work="$(cd "$2" && pwd)"
. "$here/puppeteer.sh"
need_puppeteer browser.join-page "$work"
exec timeout 60 node "$here/join_page.test.js" "$peer" "$work"
