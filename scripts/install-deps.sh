#!/usr/bin/env bash
# Installs what Webhook Console needs to build, test and run, on Debian 12 / Ubuntu 24.04 or later.
# Idempotent: packages already present are left alone. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
  qt6-svg-dev qtkeychain-qt6-dev qt6-qpa-plugins libboost-dev libsimdjson-dev
  libsecret-1-0 libsecret-tools gnome-keyring dbus dbus-x11
  xvfb xauth x11-utils xdotool imagemagick fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev file openssl lintian help2man man-db
  bash-completion zsh jq bsdutils
  clang libclang-rt-14-dev clang-format clang-tidy
)

if ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<'MSG'
This script knows Debian and Ubuntu only. On another system install by hand:
  a C++20 compiler, CMake >= 3.25, Ninja, Qt >= 6.4 (Core Gui Widgets Network Sql+SQLite driver
  HttpServer WebSockets Svg Test LinguistTools), QtKeychain for Qt 6 and libsecret, the Boost
  headers >= 1.74 (the sandbox uses Boost.Beast's HTTP parser, header-only), optionally simdjson
  >= 3 (one comparison in bench_models),
  a Secret Service provider (gnome-keyring) and D-Bus; for the tests also Xvfb and ImageMagick.
MSG
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
