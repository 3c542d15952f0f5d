#!/usr/bin/env bash
# The README's run command: installs what is needed, builds, and opens the console on a local
# demo sandbox with demo data.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
# Only the programs (and their translations): the tests are built by scripts/test.sh.
"$here/scripts/build.sh" webhook-console webhook-sandbox webhookctl
exec "${BUILD_DIR:-$here/build}/bin/webhook-console" --demo "$@"
