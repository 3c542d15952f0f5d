#include "cli/CompletionCache.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// A URL on one line: the file is one entry per line, id and URL separated by a tab.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

}  // namespace

CompletionCache::CompletionCache(QString directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                          + QStringLiteral("/webhook-console/completion")
                                      : std::move(directory))
{ }

QString CompletionCache::filePath(const QString &profile) const
{
    // Hex keeps any profile name a safe file name, and the mapping one to one.
    return m_directory + u'/' + QString::fromLatin1(profile.toUtf8().toHex()) + QStringLiteral(".ids");
}

Result<> CompletionCache::store(const QString &profile, const SubscriptionList &list) const
{
    if (!QDir().mkpath(m_directory))
        return unexpected(QStringLiteral("cannot create %1").arg(m_directory));
    QSaveFile file(filePath(profile));
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(file.errorString());
    QByteArray text;
    for (const Subscription &s : list) {
        if (!s.id)
            continue;
        text += QByteArray::number(*s.id) + '\t' + oneLine(s.url).toUtf8() + '\n';
    }
    if (file.write(text) != text.size() || !file.commit())
        return unexpected(file.errorString());
    return {};
}

QList<CompletionCache::Entry> CompletionCache::entries(const QString &profile) const
{
    QFile file(filePath(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    const QByteArray text = file.readAll();
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        entries.push_back({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    return entries;
}
