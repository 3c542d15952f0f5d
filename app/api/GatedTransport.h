#pragma once

#include "api/RequestTransport.h"

#include <QPointer>
#include <QSet>

#include <functional>

// Sits between the request queue and the real transport and asks a gate before each send goes to
// the network. webhookctl's journal uses it to mark a write "sent" at the moment it really leaves
// (not when it is queued: bulk work can wait minutes for its rate-limit slot), and to stop a write
// whose "sent" mark could not be stored: data is never sent unrecorded.
class GatedTransport final : public RequestTransport
{
    Q_OBJECT
public:
    // Returns an empty string to let the send go, or the reason it must not go.
    using Gate = std::function<QString(const HttpRequestSpec &)>;

    explicit GatedTransport(RequestTransport *inner, QObject *parent = nullptr);

    // The gate is asked only while `context` lives; an empty gate lets everything through.
    void setGate(QObject *context, Gate gate);
    void clearGate();

    void start(quint64 sendId, const HttpRequestSpec &request) override;
    void abort(quint64 sendId) override;

private:
    QPointer<RequestTransport> m_inner;
    QPointer<QObject> m_context;
    Gate m_gate;
    QSet<quint64> m_refused;  // refused sends whose finished() is still to come
};
