#!/usr/bin/env bash
# Regenerates the documentation's screenshots from the real program: starts `webhook-console --demo`
# (which runs a local webhook-sandbox with demo data) in a virtual X server, with a throwaway HOME,
# D-Bus session and keyring (tests/with-keyring.sh), waits for the window and captures it.
# Builds nothing.
#
#   scripts/screenshots.sh BUILD_DIR [OUT_DIR]      (OUT_DIR defaults to docs/screenshots)
#   LANGUAGE=de scripts/screenshots.sh BUILD_DIR docs/screenshots/de
#
# Writes main-window.png, and with xdotool (optional) details-deliveries.png (a failing
# subscription's deliveries with the retry timeline), endpoint-check.png (its endpoint checked,
# the subscription watched), bulk-progress.png (a bulk disable and its report), activity.png
# (the activity log after a disable and an enable) and reissue.png (a secret re-issue with its
# new secret shown once). The AppStream metadata lists every PNG directly in docs/screenshots/.
#
# Environment: SCREENSHOT_SETTLE (seconds to let the demo data load after the window appears,
# default 6), SCREENSHOT_TIMEOUT (seconds to wait for the window, default 60), SCREENSHOT_SCREEN
# (another screen size, e.g. 1024x700 or 1600x1000: then only main-window-WIDTHxHEIGHT.png is made,
# with the window at the size the console itself chooses on that screen), LANGUAGE (e.g. "de"
# for German screenshots; the console follows the system language).
# Needs: xvfb-run (xvfb, xauth), xwininfo (x11-utils), import (imagemagick), dbus-run-session and
# gnome-keyring (all in scripts/install-deps.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 BUILD_DIR [OUT_DIR]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
out=${2:-$here/docs/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
console=$build/bin/webhook-console
for exe in "$console" "$build/bin/webhook-sandbox"; do
  [ -x "$exe" ] || { echo "screenshots: $exe is not built (cmake --build $build)" >&2; exit 1; }
done

if [ "${WEBHOOK_SCREENSHOT_INNER:-}" != 1 ]; then
  for tool in xvfb-run xwininfo import dbus-run-session gnome-keyring-daemon setsid; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
  done
  export WEBHOOK_SCREENSHOT_INNER=1
  # 1280x800: the size the README and the AppStream metadata show.
  exec xvfb-run -a -s "-screen 0 ${SCREENSHOT_SCREEN:-1280x800}x24" "$here/tests/with-keyring.sh" "$0" "$build" "$out"
fi

# ---- Inside the virtual display and the throwaway D-Bus/keyring session. -------------------------
settle=${SCREENSHOT_SETTLE:-6}
timeout=${SCREENSHOT_TIMEOUT:-60}
logdir=$(mktemp -d)
trap 'rm -rf "$logdir"' EXIT
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1

# The id of the console's main window, or nothing yet: a top-level window of class webhook-console
# whose title names the console and that is larger than Qt's 1x1 helper windows.
window_id() {
  xwininfo -root -tree 2>/dev/null | awk '
    $1 ~ /^0x/ && /Webhook Console/ && /\("webhook-console"/ {
      for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, g, /[x+]/); if (g[1] > 200 && g[2] > 200) { print $1; exit } }
    }'
}

# Steps after the window appeared (only with xdotool, optional): "key KEYS...", "dialog KEYS..."
# (to the newest dialog), "click X Y" (window coordinates), "wait SECONDS". No window manager runs,
# so focus is set by hand.
run_steps() {
  local id=$1; shift
  local step
  for step in "$@"; do
    set -- $step
    case $1 in
      key)   xdotool windowfocus --sync "$id" key --clearmodifiers "${@:2}" ;;
      # dialog KEYS: the keys go to the newest other top-level window of the console (a dialog).
      dialog) local dlg
              dlg=$(xdotool search --sync --onlyvisible --class webhook-console 2>/dev/null | grep -vx "$((id))" | tail -n1)
              [ -n "$dlg" ] && xdotool windowfocus --sync "$dlg" key --clearmodifiers "${@:2}" ;;
      click) xdotool mousemove --window "$id" "$2" "$3" click 1 ;;
      wait)  sleep "$2" ;;
    esac
    sleep 0.5
  done
}

# shot NAME [STEP...]: starts the console with --demo, runs the steps, captures the window into
# OUT/NAME.png, then stops the console and its demo server (their own process group).
shot() {
  local name=$1; shift
  local log=$logdir/$name.log
  if [ -n "${SCREENSHOT_SCREEN:-}" ]; then
    setsid "$console" --demo >"$log" 2>&1 &
  else
    setsid "$console" --demo -geometry 1240x760+0+0 >"$log" 2>&1 &
  fi
  local pid=$!
  local id="" waited=0
  while [ -z "$id" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "screenshots: webhook-console exited before showing a window:" >&2; cat "$log" >&2; return 1
    fi
    if [ "$waited" -ge $((timeout * 4)) ]; then
      echo "screenshots: no window after ${timeout}s" >&2; cat "$log" >&2
      kill -- -"$pid" 2>/dev/null || true; return 1
    fi
    sleep 0.25; waited=$((waited + 1))
    id=$(window_id)
  done
  sleep "$settle"   # demo server start, first list, details
  if [ $# -gt 0 ]; then
    command -v xdotool >/dev/null || { echo "screenshots: $name needs xdotool; skipped" >&2; kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; return 0; }
    run_steps "$id" "$@"
  fi
  # Crop the root window to the console's window (no window manager: no frame to include).
  local info x y w h
  info=$(xwininfo -id "$id")
  x=$(awk '/Absolute upper-left X/ {print $NF}' <<<"$info")
  y=$(awk '/Absolute upper-left Y/ {print $NF}' <<<"$info")
  w=$(awk '/^ *Width:/ {print $NF}' <<<"$info")
  h=$(awk '/^ *Height:/ {print $NF}' <<<"$info")
  import -window root -crop "${w}x${h}+${x}+${y}" +repage "$out/$name.png"
  echo "screenshots: wrote $out/$name.png"
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

if [ -n "${SCREENSHOT_SCREEN:-}" ]; then
  # The clicks below are coordinates of the 1240x760 window: only the main window at other sizes.
  shot "main-window-$SCREENSHOT_SCREEN"
  exit 0
fi
shot main-window
# The activity log: the first failing subscription disabled and enabled again (Space on its row),
# then View > Activity (Ctrl+Alt+3) and the details pane's Activity tab. Before the bulk job below,
# whose 30 rows would fill it.
shot activity "key ctrl+4" "click 400 146" "key space" "wait 2" "key space" "wait 2" "key ctrl+alt+3" \
  "click 1024 66" "wait 2"
# The demo's failing subscriptions, the first one's deliveries (the newest delivery is selected
# and its retry timeline shown). The clicks are window coordinates of the 1240x760 window: the
# first table row and the "Deliveries" tab; adjust them if the layout changes.
shot details-deliveries "key ctrl+4" "click 400 146" "click 869 66" "wait 6"
# The endpoint check of the first failing subscription, watched (its star clicked), on the
# Endpoint tab: the demo's endpoints are on this machine, so the check asks first (default
# Cancel: shift+Tab moves to Check Anyway).
shot endpoint-check "key ctrl+4" "click 400 146" "click 28 146" "click 950 66" "key ctrl+shift+k" "wait 2" \
  "dialog shift+Tab space" "wait 4"
# A secret re-issue of the first failing subscription: Edit > Re-issue Secret… (Ctrl+Shift+R),
# then Create copy (the default button) in the dialog; the copy's secret and the text for the
# customer show.
shot reissue "key ctrl+4" "click 400 146" "key ctrl+shift+r" "wait 1" "dialog Return" "wait 3"
# A bulk job: disable every subscription the filter shows (All), confirmed in the dialog (whose
# default button is Cancel: shift+Tab moves to Disable).
shot bulk-progress "key ctrl+1" "key ctrl+shift+d" "wait 1" "dialog shift+Tab space" "wait 1"
