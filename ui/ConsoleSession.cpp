#include "ui/ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "journal/WriteJournal.h"
#include "ui/JournaledWrites.h"

ConsoleSession::ConsoleSession(Clock *clock, QNetworkAccessManager *network, const RateLimitPolicy &policy,
                               QObject *parent)
    : QObject(parent)
    , m_queue(new RequestQueue(clock, policy, this))
    , m_client(new ApiClient(network, m_queue, this))
    , m_clock(clock)
    , m_writes(new JournaledWrites(m_client, nullptr, this))
{
    // A short (compressed) window makes the gap between our send time and the server's arrival
    // time matter: keep a small margin so that a strict server never counts one too many.
    if (policy.window() < 10'000)
        m_queue->setWindowMarginMs(qMax<qint64>(20, policy.window() / 20));
}

ConsoleSession::~ConsoleSession()
{
    // Callbacks of queued work must not run into a half-destroyed window.
    m_client->cancelAll();
    // The client talks to the queue while it goes: it must go first.
    delete m_writes;
    delete m_client;
    delete m_queue;
}

bool ConsoleSession::open(const QUrl &baseUrl, const QByteArray &apiKey, bool allowInsecureHttp, QString *error)
{
    m_client->setAllowInsecureHttp(allowInsecureHttp);
    return m_client->setServer(baseUrl, apiKey, error);
}

QUrl ConsoleSession::baseUrl() const
{
    return m_client->baseUrl();
}

bool ConsoleSession::openJournal(const QString &filePath)
{
    delete m_writes;
    delete m_journal;
    m_journal = new WriteJournal(filePath, *m_clock, this);
    m_writes = new JournaledWrites(m_client, m_journal, this);
    if (filePath.isEmpty() || !m_journal->open()) {
        m_journalError = filePath.isEmpty() ? tr("No folder for the journal of pending changes is set.")
                                            : m_journal->lastError();
        m_writes->setRefusal(tr("Changes are not sent: the journal of pending changes cannot be opened (%1). "
                                "Without it a change could be lost or sent twice after a crash.")
                                 .arg(m_journalError));
        return false;
    }
    m_journalError.clear();
    return true;
}

QString ConsoleSession::journalNameFor(const QString &profileName, const QUrl &baseUrl, bool demo)
{
    if (demo)
        return QStringLiteral("(local demo)");
    if (!profileName.isEmpty())
        return profileName;
    return QStringLiteral("(server) ") + baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}
