#include "connection/Connection.h"

#include "api/ApiClient.h"
#include "api/GatedTransport.h"
#include "api/RequestQueue.h"
#include "common/Clock.h"
#include "journal/JournaledWrites.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"

#include <QDir>
#include <QUrl>

Connection::Connection(Clock &clock, QNetworkAccessManager &network, const RateLimitPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_queue(new RequestQueue(&clock, policy, this))
    , m_client(new ApiClient(&network, m_queue, this))
    , m_transport(new GatedTransport(m_queue->transport(), this))
    , m_writes(new JournaledWrites(m_client, nullptr, this))
{
    m_queue->setTransport(m_transport);
    // A short (compressed) window makes the gap between our send time and the server's arrival
    // time matter: keep a small margin so that a strict server never counts one too many.
    if (policy.window() < 10'000)
        m_queue->setWindowMarginMs(qMax<qint64>(20, policy.window() / 20));
}

Connection::~Connection()
{
    // Callbacks of queued work must not run into half-destroyed owners.
    m_client->cancelAll();
    // Each of these talks to the next one while it goes: writer, recorder, client, queue.
    delete m_writes;
    delete m_recorder;
    delete m_client;
    delete m_queue;
}

Result<> Connection::openJournal(const QString &directory, const QString &name, const QStringList &legacyNames,
                                 const QString &owner, const QString &profile, const QUrl &server)
{
    delete m_writes;
    delete m_recorder;
    delete m_journal;
    m_recorder = nullptr;
    m_journal = nullptr;
    m_writes = new JournaledWrites(m_client, nullptr, this);
    if (directory.isEmpty()) {
        const QString why = tr("No folder for the journal of pending changes is set.");
        m_writes->setRefusal(why);
        return unexpected(why);
    }
    auto journal = std::make_unique<WriteJournal>(WriteJournal::filePathFor(directory, name), m_clock);
    if (!journal->open()) {
        m_writes->setRefusal(journal->lastError());
        return unexpected(journal->lastError());
    }
    for (const QString &legacy : legacyNames) {
        const auto adopted = journal->adopt(WriteJournal::filePathFor(directory, legacy));
        if (!adopted) {
            m_writes->setRefusal(adopted.error());
            return unexpected(adopted.error());
        }
    }
    journal->setOrigin(
        {JournalOrigin::currentOsUser(), profile, server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)});
    const auto keepDays = journal->keepDays();
    if (!keepDays) {
        m_writes->setRefusal(keepDays.error());
        return unexpected(keepDays.error());
    }
    journal->purgeFinished(m_clock.utcNow().addDays(-*keepDays));
    m_journal = journal.release();
    m_journal->setParent(this);
    m_recorder = new JournalRecorder(*m_journal, *m_transport, owner, this);
    delete m_writes;
    m_writes = new JournaledWrites(m_client, m_recorder, this);
    return {};
}
