#include "ui/ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"

ConsoleSession::ConsoleSession(Clock *clock, QNetworkAccessManager *network, const RateLimitPolicy &policy,
                               QObject *parent)
    : QObject(parent)
    , m_queue(new RequestQueue(clock, policy, this))
    , m_client(new ApiClient(network, m_queue, this))
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
