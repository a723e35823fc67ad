#!/usr/bin/env bash
# Renders every screen at text scale 1 and 3, and the classroom's screens (at their projector
# text size) at 1920x1080 and 640x480 in every mode, under Xvfb; checks each PNG shows something
# and that the program exited cleanly (an ImGui assertion aborts it). Exit 77 (skipped) only where
# Xvfb is not installed.
# Usage: window_smoke.sh FRONTLINE PNG_CHECK OUTPUT_DIR
set -u
frontline=$1 check=$2 out=$3
if [ -z "${FRONTLINE_SMOKE_INNER:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIPPED: xvfb-run is not installed (scripts/deps installs xvfb)"; exit 77; }
  export FRONTLINE_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$0" "$@"
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
mkdir -p "$out"
failed=0
for scale in 1 3; do
  for screen in library briefing play handbook debrief debrief-path settings; do
    png="$out/$screen-$scale.png" log="$out/$screen-$scale.log"
    choose=()
    [ "$screen" = play ] && choose=(--choose 2)
    if ! "$frontline" --screenshot "$png" --screen "$screen" --scenario brightmart.faulty-kettle \
        --scale "$scale" --size 1280x720 "${choose[@]}" >"$log" 2>&1; then
      echo "FAILED: $screen at scale $scale exited with an error:"; cat "$log"; failed=1; continue
    fi
    if grep -qi "assert" "$log"; then
      echo "FAILED: $screen at scale $scale: an assertion fired:"; cat "$log"; failed=1; continue
    fi
    "$check" "$png" || { echo "FAILED: $screen at scale $scale is blank"; failed=1; }
  done
done
for size in 1920x1080 640x480; do
  for mode in vote teams secret; do
    for screen in class-setup class-vote class-reveal class-card class-debrief; do
      png="$out/$screen-$mode-$size.png" log="$out/$screen-$mode-$size.log"
      if ! "$frontline" --screenshot "$png" --screen "$screen" --scenario brightmart.faulty-kettle \
          --class-mode "$mode" --choose 2 --votes 4,4,9 --size "$size" >"$log" 2>&1; then
        echo "FAILED: $screen ($mode, $size) exited with an error:"; cat "$log"; failed=1; continue
      fi
      if grep -qi "assert" "$log"; then
        echo "FAILED: $screen ($mode, $size): an assertion fired:"; cat "$log"; failed=1; continue
      fi
      "$check" "$png" || { echo "FAILED: $screen ($mode, $size) is blank"; failed=1; }
    done
  done
done
[ $failed -eq 0 ] && echo "every screen rendered at scale 1 and 3, and the classroom's in every mode"
exit $failed
