#!/usr/bin/env bash
# Runs "$@" in a private D-Bus session with a fresh, unlocked gnome-keyring and a throwaway HOME,
# so keychain tests use the real Secret Service without touching any real keyring.
set -euo pipefail
tmp=$(mktemp -d /tmp/webhook-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/run" "$tmp/tmp"
chmod 700 "$tmp/run"
# TMPDIR too: what the programs leave in temporary folders (the demo's database, say) stays here,
# where the key-leak test scans it, and goes with the rest.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" TMPDIR="$tmp/tmp"
export WEBHOOK_TEST_HOME="$HOME"
exec dbus-run-session -- bash -c '
  echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # Wait until the Secret Service owns its bus name, so the first job does not race the daemon.
  for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      break
    fi
    sleep 0.05
  done
  exec "$@"' bash "$@"
