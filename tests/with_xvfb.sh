#!/usr/bin/env bash
# Runs a command on an X server of its own: Xvfb picks a free display itself (-displayfd) and says
# which only once it accepts connections, so two servers never race for one number and the command
# never starts before its display is up — races xvfb-run -a is open to on a busy machine.
# Usage: with_xvfb.sh WIDTHxHEIGHT COMMAND [ARGS...]; the server's own messages go to stderr if it
# fails. Exit 77 (skipped) where Xvfb is not installed.
set -u
geometry=$1; shift
command -v Xvfb >/dev/null || { echo "SKIPPED: Xvfb is not installed (scripts/deps installs xvfb)"; exit 77; }
work="$(mktemp -d)"
Xvfb -displayfd 3 -screen 0 "${geometry}x24" -nolisten tcp 3>"$work/display" 2>"$work/errors" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do
  grep -q . "$work/display" 2>/dev/null && break
  kill -0 $server 2>/dev/null || break
  sleep 0.05
done
display=$(head -1 "$work/display" 2>/dev/null)
if [ -z "$display" ]; then
  echo "FAILED: Xvfb did not start:"; cat "$work/errors"; exit 1
fi
# The number is written once the server listens; a client's first connection is the proof that it
# answers. A window test once found only SDL's offscreen driver on a display that had been named.
if command -v xdotool >/dev/null; then
  for _ in $(seq 1 200); do
    DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.05
  done
  DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 ||
    { echo "FAILED: Xvfb named display :$display but no client could connect:"; cat "$work/errors"; exit 1; }
fi
DISPLAY=":$display" "$@"
