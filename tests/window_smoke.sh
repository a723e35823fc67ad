#!/usr/bin/env bash
# Renders every screen at text scale 1 and 3, and the classroom's screens (at their projector
# text size) at 1920x1080 and 640x480 in every mode, under Xvfb; checks each PNG shows something
# and that the program exited cleanly (an ImGui assertion aborts it). Exit 77 (skipped) only where
# Xvfb is not installed.
# Usage: window_smoke.sh FRONTLINE PNG_CHECK OUTPUT_DIR
set -u
frontline=$1 check=$2 out=$3
if [ -z "${FRONTLINE_SMOKE_INNER:-}" ]; then
  export FRONTLINE_SMOKE_INNER=1
  exec "$(dirname "$0")/with_xvfb.sh" 1920x1080 "$0" "$@"
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# A screenshot never writes the records, but nothing here may even read the user's own.
export XDG_DATA_HOME="$(mktemp -d)"
mkdir -p "$out"
failed=0
# render LABEL PNG OPTIONS...: one screenshot; it must exit 0, fire no assertion, and not be blank.
render() {
  local label=$1 png=$2; shift 2
  local log="${png%.png}.log"
  if ! "$frontline" --screenshot "$png" "$@" >"$log" 2>&1; then
    echo "FAILED: $label exited with an error:"; cat "$log"; failed=1; return
  fi
  if grep -qi "assert" "$log"; then
    echo "FAILED: $label: an assertion fired:"; cat "$log"; failed=1; return
  fi
  "$check" "$png" || { echo "FAILED: $label is blank"; failed=1; }
}
kettle=(--scenario brightmart.faulty-kettle)
for scale in 1 3; do
  for screen in library briefing play handbook debrief debrief-path settings author playtest; do
    choose=()
    [ "$screen" = play ] || [ "$screen" = playtest ] && choose=(--choose 2)
    render "$screen at scale $scale" "$out/$screen-$scale.png" --screen "$screen" "${kettle[@]}" \
      --scale "$scale" --size 1280x720 "${choose[@]}"
  done
done
for size in 1920x1080 640x480; do
  for mode in vote teams secret; do
    for screen in class-setup class-vote class-reveal class-card class-debrief; do
      render "$screen ($mode, $size)" "$out/$screen-$mode-$size.png" --screen "$screen" \
        "${kettle[@]}" --class-mode "$mode" --choose 2 --votes 4,4,9 --size "$size"
    done
  done
done
# The progress screen and the library's offer to resume, from records terminal play made.
data="$out/data"
rm -rf "$data"
"$frontline" play brightmart.faulty-kettle --data-dir "$data" --learner Sam --choose 3,1 --record >/dev/null
"$frontline" play brightmart.faulty-kettle --data-dir "$data" --learner Sam --choose 2,1 --record >/dev/null
for scale in 1 3; do
  for screen in progress library; do
    render "$screen with records at scale $scale" "$out/records-$screen-$scale.png" \
      --screen "$screen" --data-dir "$data" --learner Sam --scale "$scale" --size 1280x720
  done
done
# The author's map at 200 nodes, fitted, in a small window and a large one.
for size in 640x480 1920x1080; do
  render "author, 200 nodes ($size)" "$out/author-200-$size.png" --screen author \
    --scenario t.two-hundred --size "$size" --scenarios "$(dirname "$0")/fixtures/author"
done
rm -rf "$XDG_DATA_HOME"
[ $failed -eq 0 ] && echo "every screen rendered at scale 1 and 3, and the classroom's in every mode"
exit $failed
