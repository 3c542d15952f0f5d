#pragma once

#include "api/Subscription.h"
#include "common/Result.h"

#include <QList>
#include <QString>

// The subscriptions (id and URL) of the last list each profile fetched, kept so that shell
// completion can offer ids without ever calling the API. One small text file per profile under the
// user's cache directory ($XDG_CACHE_HOME/webhook-console/completion); it holds ids and URLs only,
// never a key or a secret, and losing it costs nothing but the offer.
class CompletionCache
{
public:
    struct Entry
    {
        QString id;
        QString url;
        bool operator==(const Entry &) const = default;
    };

    // The default location (empty directory) or a given one (tests).
    explicit CompletionCache(QString directory = {});

    QString directory() const { return m_directory; }

    // Replaces what is kept for `profile` with the ids of `list` (subscriptions without an id are
    // left out). Written whole or not at all.
    Result<> store(const QString &profile, const SubscriptionList &list) const;
    // What the last store() kept for `profile`; empty when nothing was, or the file is unreadable.
    QList<Entry> entries(const QString &profile) const;

private:
    QString filePath(const QString &profile) const;

    QString m_directory;
};
