#!/usr/bin/env bash
# The window survives what a classroom and a curious learner throw at it, under Xvfb: resizing to
# 320x240 and to 7680x4320, text scale changed during play, every theme, focus storms, a thousand
# random key presses and clicks across the screens, the records file deleted while it runs, and a
# scenario whose code fails mid-play. After each stage the program must still be running; at the
# end it must close cleanly with no assertion. Exit 77 (skipped) where Xvfb or xdotool is missing.
# Usage: window_robust.sh FRONTLINE FIXTURES_DIR OUTPUT_DIR
set -u
frontline=$1 fixtures=$2 out=$3
if [ -z "${FRONTLINE_ROBUST_INNER:-}" ]; then
  command -v xdotool >/dev/null || { echo "SKIPPED: xdotool is not installed (scripts/deps installs it)"; exit 77; }
  # Each part gets an X server of its own: a server left in a bad state by the first part's
  # storm must not fail the second for a reason that is not Frontline's.
  status=0
  for part in library failing; do
    FRONTLINE_ROBUST_INNER=$part "$(dirname "$0")/with_xvfb.sh" 7680x4320 "$0" "$@"
    case $? in 0) ;; 77) exit 77 ;; *) status=1 ;; esac
  done
  [ $status -eq 0 ] && echo "the window survived every stage"
  exit $status
fi
mkdir -p "$out"
export XDG_RUNTIME_DIR="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)"
data="$(mktemp -d)"
failed=0
random=20261123
# Deterministic random numbers for the key and click storms.
next() { random=$(( (random * 1103515245 + 12345) % 2147483648 )); echo $(( random % $1 )); }

start() { # start LOG ARGS...: starts the window and waits for it; sets pid and win
  local log=$1; shift
  "$frontline" --data-dir "$data" --size 1280x720 "$@" >"$log" 2>&1 </dev/null &
  pid=$!
  win=""
  for _ in $(seq 1 $((100 * ${FRONTLINE_SLOWDOWN:-1}))); do
    win=$(xdotool search --pid "$pid" 2>/dev/null | head -1)
    [ -n "$win" ] && return 0
    sleep 0.1
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  return 1
}
launch() { # launch LOG ARGS...: start, with one more try when the X server turned the program away
  local log=$1
  start "$@" || { grep -q "no display" "$log" &&
    echo "note: the window did not open ($(grep -o 'no display.*' "$log" | head -1)); once more" &&
    sleep 1 && start "$@"; } || { echo "FAILED: the window did not open"; cat "$log"; failed=1; return 1; }
  xdotool mousemove --window "$win" 640 360
  sleep 0.5
}
alive() { # alive STAGE: the program must still be running
  sleep 0.3
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "FAILED: the program stopped during: $1"; cat "$log"; failed=1; return 1
  fi
  echo "ok: $1"
}
keys() { xdotool key --clearmodifiers --delay 8 "$@" 2>/dev/null; }
storm() { # storm COUNT: random keys and clicks
  local names=(Up Down Left Right Return Escape BackSpace space a b c d e f h m n p r u x 1 2 3 4
               F2 ctrl+equal ctrl+minus ctrl+0 Prior Next period plus minus)
  local batch=()
  for _ in $(seq 1 "$1"); do
    if [ "$(next 5)" -eq 0 ]; then
      keys "${batch[@]}"; batch=()
      local geometry; geometry=$(xdotool getwindowgeometry "$win" 2>/dev/null | awk '/Geometry/ {print $2}')
      local w=${geometry%x*} h=${geometry#*x}
      xdotool mousemove --window "$win" "$(next "${w:-1280}")" "$(next "${h:-720}")" click 1 2>/dev/null
    else
      batch+=("${names[$(next ${#names[@]})]}")
    fi
  done
  keys "${batch[@]}"
}
finish() { # asks the program to quit (SDL turns SIGTERM into a quit event) and checks the exit
  kill -TERM "$pid"
  local code=0
  wait "$pid" || code=$?
  if [ $code -ne 0 ]; then echo "FAILED: exit code $code"; cat "$log"; failed=1; fi
  if grep -qi "assert" "$log"; then echo "FAILED: an assertion fired"; cat "$log"; failed=1; fi
}

log="$out/robust-library.log"
if [ "$FRONTLINE_ROBUST_INNER" = library ] && launch "$log"; then
  xdotool windowsize "$win" 320 240; alive "resize to 320x240"
  xdotool windowsize "$win" 7680 4320; alive "resize to 7680x4320"
  xdotool windowsize "$win" 1280 720; alive "resize back to 1280x720"
  keys Return Return; alive "open a scenario and start play"
  keys ctrl+equal ctrl+equal ctrl+equal ctrl+equal ctrl+equal ctrl+equal ctrl+minus ctrl+0
  alive "text scale changed during play"
  keys 1 2 F2 Down Right Right Right Right Escape; alive "themes switched from play"
  for _ in $(seq 1 50); do xdotool windowunmap "$win"; xdotool windowmap "$win"; done
  keys alt+Tab alt+Tab alt+Tab; alive "focus storm: 50 hides and shows"
  storm 500; alive "500 random keys and clicks"
  rm -f "$data"/records.sqlite*
  keys Escape Escape Return Return 1 1 1; alive "records file deleted, then play"
  storm 500; alive "500 more random keys and clicks"
  [ -f "$data/records.sqlite" ] && echo "ok: the records file was started afresh"
  finish
fi

log="$out/robust-failing.log"
failing="$(mktemp -d)" # the scoring fixtures' organisation and rubric, and the failing scenario
cp -r "$fixtures/scoring/." "$failing/"
cp "$fixtures/app/failing-when.lua" "$failing/"
if [ "$FRONTLINE_ROBUST_INNER" = failing ] &&
  launch "$log" --scenarios "$failing" --screen play --scenario t.failing; then
  keys 1 2 3 Return Up Down Return; alive "a scenario whose code fails mid-play"
  storm 200; alive "200 random keys and clicks beside a failing scenario"
  finish
fi
exit $failed
