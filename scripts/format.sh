#!/usr/bin/env bash
# The project's C++ formatting (.clang-format, clang-format 14 on Debian 12).
#   scripts/format.sh           formats every tracked .cpp/.h in place
#   scripts/format.sh --check   changes nothing; lists the files that differ and exits 1 if any do
#                               (scripts/test.sh runs this)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
command -v clang-format >/dev/null 2>&1 || { echo "format.sh: clang-format is missing (apt-get install clang-format)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app models ui sandbox tests packaging -name '*.cpp' -o -name '*.h')
if [ "${1:-}" = "--check" ]; then
  bad=0
  for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
      echo "format.sh: $f differs from .clang-format (run scripts/format.sh)"
      bad=1
    fi
  done
  [ "$bad" -eq 0 ] && echo "format.sh: ${#files[@]} files match .clang-format"
  exit "$bad"
fi
clang-format -i "${files[@]}"
