#include "api/GatedTransport.h"

#include "api/HttpResponse.h"

#include <QTimer>

GatedTransport::GatedTransport(RequestTransport *inner, QObject *parent)
    : RequestTransport(parent)
    , m_inner(inner)
{
    if (m_inner)
        connect(m_inner, &RequestTransport::finished, this, &RequestTransport::finished);
}

void GatedTransport::setGate(QObject *context, Gate gate)
{
    m_context = context;
    m_gate = std::move(gate);
}

void GatedTransport::clearGate()
{
    m_context = nullptr;
    m_gate = nullptr;
}

void GatedTransport::start(quint64 sendId, const HttpRequestSpec &request)
{
    const QString refusal = (m_gate && m_context) ? m_gate(request) : QString();
    if (refusal.isEmpty() && m_inner)
        return m_inner->start(sendId, request);
    // Not sent. Aborted: the queue neither retries it nor counts it as a server failure.
    m_refused.insert(sendId);
    HttpResponse response;
    response.outcome = HttpResponse::Outcome::Aborted;
    response.errorString = refusal.isEmpty() ? tr("No transport to send with.") : refusal;
    // finished() never comes from inside start().
    QTimer::singleShot(0, this, [this, sendId, response] {
        if (m_refused.remove(sendId))
            Q_EMIT finished(sendId, response);
    });
}

void GatedTransport::abort(quint64 sendId)
{
    if (m_refused.contains(sendId))
        return;  // its Aborted answer is on its way already
    if (m_inner)
        m_inner->abort(sendId);
}
