#pragma once

#include "common/RateLimitPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class ApiClient;
class Clock;
class JournaledWrites;
class WriteJournal;
class QNetworkAccessManager;
class RequestQueue;

// One connection of the console: a request queue and an API client for one server and key.
// Switching profiles replaces the whole session, so nothing of the old server (queued requests,
// rate budgets, the key) outlives the switch. It also holds the journal of pending writes of its
// profile (or of its server, for a connection without a profile) and the JournaledWrites that
// every write of the console goes through.
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
    // Empty for the demo or a session that is not a saved profile.
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }

    // Opens the journal file (see journalNameFor). Without an open journal writes() refuses every
    // write; journalError() then says why.
    bool openJournal(const QString &filePath);
    QString journalError() const { return m_journalError; }
    // The name a connection's journal is filed under (JournalLocation / WriteJournal::filePathFor):
    // the profile's name; for a connection without a profile, its server; one journal for the demo.
    static QString journalNameFor(const QString &profileName, const QUrl &baseUrl, bool demo);

    ApiClient *client() const { return m_client; }
    WriteJournal *journal() const { return m_journal; }
    JournaledWrites *writes() const { return m_writes; }
    RequestQueue *queue() const { return m_queue; }
    QUrl baseUrl() const;

private:
    RequestQueue *m_queue;
    ApiClient *m_client;
    Clock *m_clock;
    WriteJournal *m_journal = nullptr;
    JournaledWrites *m_writes;
    QString m_journalError;
    QString m_displayName;
    QString m_profileName;
    bool m_demo = false;
};
