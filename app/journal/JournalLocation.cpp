#include "journal/JournalLocation.h"

#include "journal/WriteJournal.h"

#include <QStandardPaths>
#include <QUrl>

namespace JournalLocation {

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/webhook-console/journal");
}

QString filePathForProfile(const QString &profileName)
{
    return WriteJournal::filePathFor(directory(), profileName);
}

namespace {

// The address as both programs name it: user info, query and fragment dropped, no trailing
// slashes, so "https://api.example.com/" and "https://api.example.com" are one server.
QString canonicalAddress(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url.toString();
}

}  // namespace

QString journalName(const QString &profileName, const QUrl &baseUrl, bool demo)
{
    if (demo)
        return QStringLiteral("(local demo)");
    if (!profileName.isEmpty())
        return profileName;
    return QStringLiteral("url:") + canonicalAddress(baseUrl);
}

QStringList legacyNames(const QString &profileName, const QUrl &baseUrl, bool demo)
{
    if (demo || !profileName.isEmpty())
        return {};
    // The console filed it as "(server) <address without user info>", webhookctl as
    // "url:<address>" with user info kept; either kept a root path's slash.
    const QString current = journalName(profileName, baseUrl, demo);
    QStringList names;
    for (const QUrl &url : {baseUrl, baseUrl.adjusted(QUrl::RemoveUserInfo)}) {
        for (const QUrl::FormattingOptions slash :
             {QUrl::FormattingOptions(QUrl::StripTrailingSlash), QUrl::FormattingOptions(QUrl::None)}) {
            for (const QString &prefix : {QStringLiteral("(server) "), QStringLiteral("url:")}) {
                const QString name = prefix + url.toString(slash);
                if (name != current && !names.contains(name))
                    names << name;
            }
        }
    }
    return names;
}

}  // namespace JournalLocation
