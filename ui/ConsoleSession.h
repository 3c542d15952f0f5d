#pragma once

#include "common/RateLimitPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class ApiClient;
class Clock;
class Connection;
class JournaledWrites;
class WriteJournal;
class QNetworkAccessManager;
class RequestQueue;

// One connection of the console: the core Connection (request queue, API client, journal of
// pending writes and the writer every write goes through) plus what the window shows of it.
// Switching profiles replaces the whole session, so nothing of the old server (queued requests,
// rate budgets, the key) outlives the switch.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(Clock *clock, QNetworkAccessManager *network, const RateLimitPolicy &policy,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Returns false with a translated *error for a base URL the client refuses.
    bool open(const QUrl &baseUrl, const QByteArray &apiKey, bool allowInsecureHttp, QString *error);

    void setDisplayName(const QString &name) { m_displayName = name; }
    QString displayName() const { return m_displayName; }
    // Empty for the demo or a session that is not a saved profile at the profile's address.
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }

    // Opens this connection's journal in `directory` under the name both programs use for it
    // (JournalLocation::journalName). Without an open journal writes() refuses every write;
    // journalError() then says why.
    bool openJournal(const QString &directory);
    QString journalError() const { return m_journalError; }

    Connection &connection() const { return *m_connection; }
    ApiClient *client() const;
    WriteJournal *journal() const;
    JournaledWrites *writes() const;
    RequestQueue *queue() const;
    QUrl baseUrl() const;

private:
    Connection *m_connection;
    QString m_journalError;
    QString m_displayName;
    QString m_profileName;
    bool m_demo = false;
};
