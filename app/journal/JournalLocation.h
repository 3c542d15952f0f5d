#pragma once

#include <QString>
#include <QStringList>

class QUrl;

// Where the journals live and what each is called, shared by webhook-console and webhookctl so
// that both see the same pending writes of a profile or server:
// <generic data dir>/webhook-console/journal/<name's file>. (GenericDataLocation, not
// AppDataLocation: the two programs have different application names.)
namespace JournalLocation {

QString directory();
QString filePathForProfile(const QString &profileName);

// The one naming rule: the profile's name for a connection through a profile at the profile's own
// address (pass an empty profileName otherwise); the server's address without user info and
// trailing slash ("url:https://api.example.com") for any other connection; one journal for the
// console's local demo. "url:" cannot start a profile name.
QString journalName(const QString &profileName, const QUrl &baseUrl, bool demo = false);
// Names earlier versions filed the same journal under; Connection::openJournal adopts them.
QStringList legacyNames(const QString &profileName, const QUrl &baseUrl, bool demo = false);

}  // namespace JournalLocation
