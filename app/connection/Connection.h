#pragma once

#include "common/RateLimitPolicy.h"
#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

class ApiClient;
class Clock;
class GatedTransport;
class JournaledWrites;
class JournalRecorder;
class QNetworkAccessManager;
class QUrl;
class RequestQueue;
class WriteJournal;

// One connection to one server: its request queue, API client and the gate through which the
// journal marks a write sent as it really leaves; and, once opened, the journal of pending writes
// of its profile or server with the recorder and writer every write goes through. webhook-console
// builds one per session and webhookctl one per run, the same way, so both programs record, send
// and settle writes by one rule.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(Clock &clock, QNetworkAccessManager &network, const RateLimitPolicy &policy, QObject *parent = nullptr);
    ~Connection() override;

    RequestQueue &queue() const { return *m_queue; }
    ApiClient &client() const { return *m_client; }
    GatedTransport &transport() const { return *m_transport; }

    // Opens the journal `name` (JournalLocation::journalName) in `directory`, takes over the files
    // of `legacyNames` (JournalLocation::legacyNames) and removes finished entries older than the
    // journal keeps them (WriteJournal::keepDays). `owner` names it in messages ("profile
    // staging"); `profile` (empty without one), `server` and this computer's user are stamped on
    // every write recorded from now on. On failure writes() refuses every write and the error
    // says why.
    Result<> openJournal(const QString &directory, const QString &name, const QStringList &legacyNames,
                         const QString &owner, const QString &profile, const QUrl &server);
    // Null until openJournal() succeeded.
    WriteJournal *journal() const { return m_journal; }
    JournalRecorder *recorder() const { return m_recorder; }
    // Always there: refuses writes while no journal is open.
    JournaledWrites &writes() const { return *m_writes; }

private:
    Clock &m_clock;
    RequestQueue *m_queue;
    ApiClient *m_client;
    GatedTransport *m_transport;
    WriteJournal *m_journal = nullptr;
    JournalRecorder *m_recorder = nullptr;
    JournaledWrites *m_writes;
};
