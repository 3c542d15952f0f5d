#!/usr/bin/env bash
# webhookctl in real shells, against a real webhook-sandbox: the bash and zsh completion scripts
# (packaging/completion/) offer commands, options, --status and --sort values, profile names and
# the ids of the profile's last list; `list` colours its table on a terminal and not with NO_COLOR;
# and ids from `list --failing --json | jq` feed `disable -` (the README's terminal session).
# Usage: check-shell.sh BIN_DIR SOURCE_DIR            (exit 77 = skipped: a shell or tool is missing)
set -euo pipefail
bin=$1; source_dir=$2
for tool in bash zsh jq script; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (scripts/install-deps.sh installs it)"; exit 77; }
done

tmp=$(mktemp -d)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0
expect() { # expect DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok   - $1"; else
    echo "FAIL - $1"; echo "       expected: $2"; echo "       actual:   $3"; fail=1; fi
}
contains() { # contains DESCRIPTION NEEDLE HAYSTACK
  if [[ $3 == *"$2"* ]]; then echo "ok   - $1"; else
    echo "FAIL - $1"; echo "       expected to contain: $2"; echo "       actual: $3" | cat -v; fail=1; fi
}

export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME" "$XDG_CONFIG_HOME/webhook-console"
export PATH=$bin:$PATH LANGUAGE=en LC_ALL=C.UTF-8

# A demo sandbox: 30 subscriptions, some of them failing.
"$bin/webhook-sandbox" serve --db "$tmp/sandbox.sqlite" --port 0 --demo --quiet >"$tmp/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do grep -q '^listening: ' "$tmp/sandbox.out" && break; sleep 0.1; done
base_url=$(sed -n 's/^listening: //p' "$tmp/sandbox.out")
[ -n "$base_url" ] || { cat "$tmp/sandbox.out"; echo "FAIL: the sandbox did not start"; exit 1; }
export WEBHOOK_API_KEY=$(sed -n 's/^demo-api-key: //p' "$tmp/sandbox.out")

# Two profiles, written as ProfileStore keeps them (the key comes from WEBHOOK_API_KEY).
cat >"$XDG_CONFIG_HOME/webhook-console/profiles.ini" <<INI
[General]
lastProfile=demo

[profiles]
demo\\baseUrl=$base_url
staging\\baseUrl=https://staging.example
INI

# The profile's list leaves its ids for completion.
webhookctl list --json >"$tmp/all.json"
ids=$(jq -r '[.[].id] | sort | map(tostring) | join(" ")' "$tmp/all.json")
expect "the demo has 30 subscriptions" 30 "$(jq length "$tmp/all.json")"

# --- bash: plain, and with the bash-completion package's helpers loaded ----------------------------
bash_offers() { # bash_offers LIBRARY LINE: what Tab offers at the end of LINE, sorted, one line
  bash --norc --noprofile -c '
    [ "$1" != none ] && source "$1"
    source "$2"
    complete -p webhookctl >/dev/null || exit 3
    line=$3
    # The words as readline splits them: at blanks and at "=" (COMP_WORDBREAKS).
    spaced=${line//=/ = }
    read -ra COMP_WORDS <<<"$spaced"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    _webhookctl
    printf "%s\n" "${COMPREPLY[@]}" | sort -V | paste -sd" "' x "$1" "$source_dir/packaging/completion/webhookctl.bash" "$2"
}
for lib in none /usr/share/bash-completion/bash_completion; do
  [ "$lib" = none ] || [ -r "$lib" ] || continue
  label="bash ($([ "$lib" = none ] && echo plain || echo bash-completion))"
  expect "$label: complete -p names the function" "complete -F _webhookctl webhookctl" \
    "$(bash --norc --noprofile -c "[ $lib != none ] && source $lib; source $source_dir/packaging/completion/webhookctl.bash; complete -p webhookctl")"
  expect "$label: commands" "delete deliveries" "$(bash_offers "$lib" "webhookctl de")"
  expect "$label: subcommands of profile" "add list remove" "$(bash_offers "$lib" "webhookctl profile ")"
  expect "$label: list's filter options" "--failing" "$(bash_offers "$lib" "webhookctl list --fa")"
  expect "$label: --status values" "failed" "$(bash_offers "$lib" "webhookctl deliveries 3 --status f")"
  expect "$label: --sort values" "-created" "$(bash_offers "$lib" "webhookctl list --sort -cr")"
  expect "$label: profile names" "demo staging" "$(bash_offers "$lib" "webhookctl --profile ")"
  expect "$label: --profile=NAME" "demo" "$(bash_offers "$lib" "webhookctl --profile=de")"
  expect "$label: ids of the last list" "$ids" "$(bash_offers "$lib" "webhookctl disable ")"
  expect "$label: ids given are not offered again" "$(tr ' ' '\n' <<<"$ids" | grep -vx 1 | paste -sd' ')" \
    "$(bash_offers "$lib" "webhookctl enable 1 ")"
  expect "$label: another profile has no list yet" "" "$(bash_offers "$lib" "webhookctl --profile staging get ")"
done

# --- zsh: registered by compinit, and the candidates it describes -----------------------------------
expect "zsh: compinit registers _webhookctl" "_webhookctl" "$(zsh -f -c "
  fpath=($source_dir/packaging/completion \$fpath); autoload -Uz compinit; compinit -u -d $tmp/zcompdump
  print -r -- \$_comps[webhookctl]")"
zsh_offers() { # zsh_offers LINE: the values _webhookctl hands to _describe, sorted, one line
  zsh -f -c '
    _describe() { local name=${@[-1]}; print -rl -- "${(@P)name}"; }
    words=(${(z)1}); [[ $1 == *" " ]] && words+=("")
    CURRENT=${#words}
    source "$2"' x "$1" "$source_dir/packaging/completion/_webhookctl" | sed 's/\([^\\]\):.*/\1/' | sort -V | paste -sd' '
}
expect "zsh: commands" "delete deliveries" "$(zsh_offers "webhookctl de")"
expect "zsh: profile names" "demo staging" "$(zsh_offers "webhookctl --profile ")"
expect "zsh: ids of the last list" "$ids" "$(zsh_offers "webhookctl disable ")"
expect "zsh: --sort=VALUE in one word" "--sort=health" "$(zsh_offers "webhookctl list --sort=he")"
# An interactive zsh on a pseudo-terminal, Tab pressed for real.
zsh_tab=$(zsh -f -c '
  zmodload zsh/zpty
  zpty -b z "zsh -f -i"
  # RE""ADY and DO""NE: the echo of the typed line must not match, only what print prints.
  zpty -w z "PS1=\"%% \"; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -d $2; print RE\"\"ADY"
  zpty -r -m z out "*READY*"
  zpty -r -m z out "*% *"
  zpty -w -n z $'"'"'webhookctl --profile sta\t'"'"'
  zpty -w -n z $'"'"'\x01\x0b print DO""NE\n'"'"'
  zpty -r -m z out "*DONE*"
  print -r -- "$out"
  zpty -d z' x "$source_dir/packaging/completion" "$tmp/zcompdump2" | tr -d '\r')
contains "zsh: Tab in an interactive shell completes the profile" "webhookctl --profile staging" "$zsh_tab"

# --- list's filters and colour ------------------------------------------------------------------------
coloured=$(script -qec "webhookctl list --failing --sort health" /dev/null)
contains "list colours failing health red on a terminal" $'\e[31mfailing since' "$coloured"
plain=$(NO_COLOR=1 script -qec "webhookctl list --failing" /dev/null)
expect "NO_COLOR: no escape sequence" 0 "$(grep -c $'\e\\[' <<<"$plain" || true)"
expect "a pipe: no escape sequence" 0 "$(webhookctl list | grep -c $'\e\\[' || true)"

# The README's session: disable the failing subscriptions of one customer, then list them.
failing_shop=$(webhookctl list --failing --search hafenkind --json | jq -r '.[].id' | paste -sd' ')
[ -n "$failing_shop" ] || { echo "FAIL - the demo has a failing Hafenkind subscription"; fail=1; }
webhookctl list --failing --search hafenkind --json | jq -r '.[].id' | webhookctl disable - >"$tmp/disable.out" 2>&1 \
  || { cat "$tmp/disable.out"; fail=1; }
expect "the ids piped from list --json | jq were disabled" "$failing_shop" \
  "$(webhookctl list --disabled --search hafenkind --json | jq -r '.[].id' | paste -sd' ')"

if [ $fail -ne 0 ]; then echo "FAILED"; exit 1; fi
echo "PASSED"
