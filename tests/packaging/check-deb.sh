#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a throwaway root (nothing is installed on this machine)
# and checks it: control fields, file layout, the programs start from the unpacked tree, the desktop
# file and AppStream metadata pass their validators, the manual pages read as each program's
# --help, and Debian's package checker lintian reports no error and no warning.
# Usage: check-deb.sh BUILD_DIR CMAKE_COMMAND APP_ID      (exit 77 = skipped: programs not built yet)
set -euo pipefail
build=$1; cmake_cmd=$2; app_id=$3
cpack_cmd=$(dirname "$cmake_cmd")/cpack
[ -x "$cpack_cmd" ] || cpack_cmd=cpack

if [ ! -x "$build/bin/webhook-console" ] && [ ! -x "$build/bin/webhookctl" ]; then
  echo "SKIP: neither webhook-console nor webhookctl is built in $build/bin"
  exit 77
fi
for tool in dpkg-deb desktop-file-validate appstreamcli lintian man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh installs it)"; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, reports, remembers a failure
  local what=$1; shift
  if "$@" >"$tmp/out.txt" 2>&1; then echo "ok   - $what"; else
    echo "FAIL - $what"; sed 's/^/       /' "$tmp/out.txt"; fail=1; fi
}
prints() { # prints PATTERN COMMAND...: COMMAND succeeds and its output has a line matching PATTERN
  # The output is taken whole before grep reads it: grep -q at the end of a pipe stops reading at
  # the first match, and the program's next write then dies of SIGPIPE.
  local pattern=$1; shift
  local out
  out=$("$@") || { echo "exit status $?"; return 1; }
  printf '%s\n' "$out"
  grep -q -- "$pattern" <<<"$out"
}

echo "# cpack -G DEB"
"$cpack_cmd" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(find "$tmp/out" -maxdepth 1 -name '*.deb' | head -n1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; echo "FAIL: no .deb produced"; exit 1; }
echo "# $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends); recommends=$(field Recommends || true)
echo "# Depends: $depends"
echo "# Recommends: $recommends"
for dep in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6network6 libc6; do
  check "Depends names $dep" grep -q -- "$dep" <<<"$depends"
done
check "Recommends a Secret Service provider (gnome-keyring)" grep -q -- "gnome-keyring" <<<"$recommends"
check "Package name" test "$(field Package)" = webhook-console

root=$tmp/root
dpkg-deb -x "$deb" "$root"
share=$root/usr/share
for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
         "icons/hicolor/scalable/apps/$app_id.svg"; do
  check "installs /usr/share/$f" test -s "$share/$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
  check "installs a ${size}x${size} PNG icon" test -s "$png"
done
if command -v identify >/dev/null; then
  check "the 48x48 icon is 48x48" test "$(identify -format '%wx%h' "$share/icons/hicolor/48x48/apps/$app_id.png")" = 48x48
fi

# The programs, run from the unpacked tree with a throwaway HOME (Qt itself comes from the system).
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
if [ -x "$build/bin/webhook-console" ]; then
  check "webhook-console is installed" test -x "$root/usr/bin/webhook-console"
  check "webhook-console --version prints $version" \
    prints "$version" "$root/usr/bin/webhook-console" --version
  check "webhook-console --help speaks German with LANGUAGE=de" \
    prints "Desktop-Konsole" env LANGUAGE=de "$root/usr/bin/webhook-console" --help
fi
if [ -x "$build/bin/webhookctl" ]; then
  check "webhookctl is installed" test -x "$root/usr/bin/webhookctl"
  check "webhookctl --help prints a usage" \
    prints "^Usage: webhookctl" env LANGUAGE=en "$root/usr/bin/webhookctl" --help
  check "webhookctl speaks German with LANGUAGE=de (embedded catalogue)" \
    prints "^Aufruf: webhookctl" env LANGUAGE=de "$root/usr/bin/webhookctl" --help
fi
if [ -x "$build/bin/webhook-sandbox" ]; then
  check "webhook-sandbox --version prints $version" \
    prints "$version" "$root/usr/bin/webhook-sandbox" --version
fi

doc=$share/doc/webhook-console
check "installs the copyright file (machine-readable, DEP-5)" grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$doc/copyright"
check "installs changelog.gz" gzip -t "$doc/changelog.gz"
check "installs the bash completion" grep -q "complete -F _webhookctl webhookctl" "$share/bash-completion/completions/webhookctl"
check "installs the zsh completion" grep -q "^#compdef webhookctl" "$share/zsh/vendor-completions/_webhookctl"
# man shows the --help text: the page is made from it at build time.
for program in webhook-console webhookctl webhook-sandbox; do
  [ -x "$build/bin/$program" ] || continue
  page=$share/man/man1/$program.1.gz
  check "installs the manual page of $program" test -s "$page"
done
if [ -x "$build/bin/webhookctl" ]; then
  check "man webhookctl shows its --help (commands, exit codes)" \
    prints "Show the help of one command" env MANWIDTH=200 MANPAGER=cat man -l "$share/man/man1/webhookctl.1.gz"
fi

check "desktop-file-validate" desktop-file-validate "$share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
check "appstreamcli validate-tree --no-net (desktop file, metainfo and icon agree)" \
  appstreamcli validate-tree --no-net "$root"

# Debian's own checker: any error or warning fails (informational tags are allowed). Every override
# would sit in the package with a comment saying why; there is none.
# One run: its tags are printed either way (the informational ones too), its status decides.
if lintian_out=$(lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" 2>&1); then
  echo "ok   - lintian: no error, no warning"
  grep -v 'running with root privileges' <<<"$lintian_out" | sed '/^$/d; s/^/# lintian: /' || true
else
  echo "FAIL - lintian: no error, no warning"; sed 's/^/       /' <<<"$lintian_out"; fail=1
fi

if [ $fail -ne 0 ]; then echo "FAILED"; exit 1; fi
echo "PASSED"
