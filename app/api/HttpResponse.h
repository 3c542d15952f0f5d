#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What came back for one send: an HTTP answer (any status), or a transport failure.
struct HttpResponse
{
    enum class Outcome {
        Http,  // a status line arrived; see status
        Network,  // connection refused/reset, host not found, ...
        Timeout,  // the request's own timeout fired
        Tls,  // TLS handshake or certificate error (reported, never ignored)
        InsecureRefused,  // plain http to a non-loopback host without consent: nothing was sent
        Aborted,  // cancelled by the queue
    };

    Outcome outcome = Outcome::Http;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorString;  // technical detail for transport failures
    // Set by the queue on the final answer: how many times the request was sent, and how long it
    // waited on the server in all (see WaitBudget).
    int attempts = 0;
    qint64 waitedMs = 0;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
