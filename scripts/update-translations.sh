#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with lupdate: new strings appear as "unfinished",
# strings gone from the code are dropped. Then translate the unfinished German entries (Qt Linguist:
# /usr/lib/qt6/bin/linguist translations/webhook-console_de.ts, or any editor) and commit the .ts
# files; the build turns them into .qm files (lrelease) and embeds them. The English file holds
# only plural forms ("%n subscription(s)" -> "1 subscription", "2 subscriptions").
#
#   scripts/update-translations.sh               update translations/*.ts in place
#   scripts/update-translations.sh --output DIR  update copies in DIR (tests/translations uses it
#                                                to find strings that lack a translation)
# The source list matches translations/CMakeLists.txt: the core, the command line, the models, the
# UI, and the two translated programs (the sandbox is a developer tool and stays English).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/translations
locations=relative   # fewer changed lines in the committed files when code moves
if [ "${1:-}" = "--output" ]; then
  out=$2
  locations=absolute # real line numbers in the test's report
  mkdir -p "$out"
  cp "$here"/translations/*.ts "$out"/
fi

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)
  for c in "$bins/lupdate" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)"; do
    [ -n "$c" ] && [ -x "$c" ] && { lupdate=$c; break; }
  done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate (Qt 6) not found; install qt6-l10n-tools" >&2; exit 1; }

cd "$here"
sources=()
while IFS= read -r f; do sources+=("$f"); done < <(
  find app/common app/api app/credentials app/profiles app/journal app/reissue app/connection app/check app/cli models ui \
       -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null | sort
  for p in webhook-console webhookctl; do
    [ -f "app/entrypoints/$p.cpp" ] && echo "app/entrypoints/$p.cpp"
  done)

# lupdate 6.4 never returns on some calls, e.g. QCoreApplication::translate(c, s, nullptr, int(a - b))
# or qMax(0, a - b) as the count: pass the count in a variable. The timeout turns a hang into an error.
run_lupdate() {
  local rc=0
  timeout "${LUPDATE_TIMEOUT:-300}" "$lupdate" -silent -no-obsolete -locations "$locations" -I app -I . "$@" || rc=$?
  if [ $rc -eq 124 ]; then
    echo "update-translations: lupdate hung (a Qt 6.4 parser bug: an expression inside a call as the" \
         "count of QCoreApplication::translate). Find the file with: ls -l /proc/\$(pgrep -n lupdate)/fd" >&2
  fi
  return $rc
}
run_lupdate "${sources[@]}" -ts "$out/webhook-console_de.ts"
run_lupdate -pluralonly "${sources[@]}" -ts "$out/webhook-console_en.ts"

for ts in "$out"/webhook-console_*.ts; do
  total=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$(basename "$ts"): $total messages, $unfinished unfinished"
done
