# bash completion for webhookctl                                  -*- shell-script -*-
#
# Asks webhookctl itself: `webhookctl __complete WORD...` prints what fits the word under the
# cursor (commands, options, --status and --sort values, profile names, and the subscription ids
# of the last `webhookctl list` of the profile in use). It reads local files only: no API call, no
# keychain. One line per candidate, the value before a tab and a description after it.

_webhookctl()
{
    local cur words cword
    if declare -F _get_comp_words_by_ref >/dev/null; then
        # bash-completion's helper: whole words, '=' and ':' kept inside them.
        _get_comp_words_by_ref -n =: cur words cword
    else
        # Plain bash: split what is left of the cursor at blanks.
        local line=${COMP_LINE:0:COMP_POINT}
        read -ra words <<<"$line"
        [[ $line == *[[:blank:]] || ${#words[@]} -eq 0 ]] && words+=("")
        cword=$((${#words[@]} - 1))
        cur=${words[cword]}
    fi

    # bash replaces only the part of the word after its last '=' or ':' (COMP_WORDBREAKS), so
    # what comes before that part is taken off each candidate.
    local replaced=${COMP_WORDS[COMP_CWORD]}
    [[ $cur == *"$replaced" ]] || replaced=$cur
    local keep=${cur%"$replaced"}

    COMPREPLY=()
    local candidate
    while IFS= read -r candidate; do
        candidate=${candidate%%$'\t'*}
        [[ -n $candidate && $candidate == "$keep"* ]] && COMPREPLY+=("${candidate#"$keep"}")
    done < <("${words[0]}" __complete "${words[@]:1:cword}" 2>/dev/null)
}

complete -F _webhookctl webhookctl
