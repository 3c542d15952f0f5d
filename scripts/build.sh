#!/usr/bin/env bash
# Configures with the CMake preset "default" (CMakePresets.json: the one place build settings live)
# and builds into build/ (or $BUILD_DIR). Targets given as arguments are built alone (the demo
# builds only its programs); without any, everything, tests included.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
cd "$here"
cmake --preset default -B "$build" >/dev/null
if [ $# -gt 0 ]; then
  cmake --build "$build" --parallel "$(nproc)" --target "$@"
else
  cmake --build "$build" --parallel "$(nproc)"
fi
