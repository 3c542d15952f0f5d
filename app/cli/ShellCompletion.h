#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CompletionCache;
class ProfileStore;

// What Tab offers on a webhookctl command line, for the bash and zsh completion scripts (which
// call `webhookctl __complete WORD...`): commands, options, the values of options with a fixed set
// (--status, --sort), profile names from the profile store, and the subscription ids of the last
// list the profile in use fetched (CompletionCache). It reads local files only: no key, no request.
class ShellCompletion
{
    Q_DECLARE_TR_FUNCTIONS(ShellCompletion)
public:
    struct Candidate
    {
        QString value;
        QString description;  // shown by zsh beside the value; may be empty
        bool operator==(const Candidate &) const = default;
    };

    ShellCompletion(const ProfileStore &profiles, const CompletionCache &cache);

    // `words`: the command line after "webhookctl", the last one being the word under the cursor
    // (empty when the cursor follows a space). Candidates start with that word.
    QList<Candidate> complete(const QStringList &words) const;
    // One candidate per line, value and description separated by a tab.
    static QString format(const QList<Candidate> &candidates);

private:
    struct Parsed;
    // `withValue`: the options that take the next word as their value.
    static Parsed parse(const QStringList &before, const QStringList &withValue);
    QList<Candidate> optionValues(const QString &option) const;
    QList<Candidate> options(const Parsed &parsed) const;
    QList<Candidate> positional(const Parsed &parsed) const;
    QList<Candidate> profileNames() const;
    QList<Candidate> subscriptionIds(const Parsed &parsed) const;

    const ProfileStore &m_profiles;
    const CompletionCache &m_cache;
};
