#include "ui/ConsoleSession.h"

#include "api/ApiClient.h"
#include "connection/Connection.h"
#include "journal/JournaledWrites.h"
#include "journal/JournalLocation.h"

ConsoleSession::ConsoleSession(Clock *clock, QNetworkAccessManager *network, const RateLimitPolicy &policy,
                               QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(*clock, *network, policy, this))
{ }

ConsoleSession::~ConsoleSession() = default;

bool ConsoleSession::open(const QUrl &baseUrl, const QByteArray &apiKey, bool allowInsecureHttp, QString *error)
{
    client()->setAllowInsecureHttp(allowInsecureHttp);
    return client()->setServer(baseUrl, apiKey, error);
}

ApiClient *ConsoleSession::client() const
{
    return &m_connection->client();
}

WriteJournal *ConsoleSession::journal() const
{
    return m_connection->journal();
}

JournaledWrites *ConsoleSession::writes() const
{
    return &m_connection->writes();
}

RequestQueue *ConsoleSession::queue() const
{
    return &m_connection->queue();
}

QUrl ConsoleSession::baseUrl() const
{
    return client()->baseUrl();
}

bool ConsoleSession::openJournal(const QString &directory)
{
    const QString owner = m_demo  ? tr("the local demo")
        : m_profileName.isEmpty() ? tr("server %1").arg(baseUrl().toDisplayString())
                                  : tr("profile %1").arg(m_profileName);
    const auto opened = m_connection->openJournal(
        directory, JournalLocation::journalName(m_profileName, baseUrl(), m_demo),
        JournalLocation::legacyNames(m_profileName, baseUrl(), m_demo), owner, m_profileName, baseUrl());
    if (opened) {
        m_journalError.clear();
        return true;
    }
    m_journalError = opened.error();
    writes()->setRefusal(tr("Changes are not sent: the journal of pending changes cannot be opened (%1). "
                            "Without it a change could be lost or sent twice after a crash.")
                             .arg(m_journalError));
    return false;
}
