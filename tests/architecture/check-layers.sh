#!/usr/bin/env bash
# Checks the layer rule of docs/architecture.md on the sources: each folder includes project
# headers only from the folders below it (ui -> models -> core; the sandbox only from the common
# library). Project headers are written from the include roots app/ and the project root, so the
# first path segment of an include names its folder.
#
#   tests/architecture/check-layers.sh [SOURCE_DIR]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"

core="common api credentials profiles journal reissue check connection"
declare -A allowed=(
  [app/common]="common"
  [app/api]="common api"
  [app/credentials]="common credentials"
  [app/profiles]="common credentials profiles"
  [app/journal]="common api profiles journal"
  [app/reissue]="common api journal reissue"
  [app/check]="common api check"
  [app/connection]="$core"
  [app/cli]="$core cli"
  [models]="common api models"
  [ui]="$core models ui"
  [sandbox]="common sandbox"
)
# The one header of app/api/ that belongs to the common library (the sandbox's event types).
shared_api_header="api/EventType.h"

status=0
for folder in "${!allowed[@]}"; do
  while IFS=: read -r file line include; do
    header=$(sed -E 's/^#include "([^"]+)".*/\1/' <<<"$include")
    case "$header" in
      */*) top=${header%%/*} ;;
      *) echo "$file:$line: \"$header\" is not written from an include root (folder/Header.h)"
         status=1; continue ;;
    esac
    [ "$folder" = sandbox ] && [ "$header" = "$shared_api_header" ] && continue
    case " ${allowed[$folder]} " in
      *" $top "*) ;;
      *) # Qt's and other libraries' headers are included with <>; a quoted unknown top is ours.
         echo "$file:$line: $folder/ may not include \"$header\" (allowed: ${allowed[$folder]})"
         status=1 ;;
    esac
  done < <(grep -rnE '^#include "' "$folder" --include='*.h' --include='*.cpp' || true)
done
[ $status -eq 0 ] && echo "check-layers: every include follows the layer rule"
exit $status
