#pragma once

// A transport for queue tests: records every start and lets the test answer by hand.

#include "api/RequestTransport.h"

#include <QList>
#include <QSet>

#include <functional>

// No Q_OBJECT: it only emits the base class's signal.
class FakeTransport : public RequestTransport
{
public:
    struct Started
    {
        quint64 sendId;
        HttpRequestSpec spec;
    };

    using RequestTransport::RequestTransport;

    void start(quint64 sendId, const HttpRequestSpec &request) override
    {
        started << Started{sendId, request};
        open.insert(sendId);
        if (onStart)
            onStart(sendId, request);
    }
    void abort(quint64 sendId) override
    {
        aborted << sendId;
        if (open.remove(sendId)) {
            HttpResponse r;
            r.outcome = HttpResponse::Outcome::Aborted;
            Q_EMIT finished(sendId, r);
        }
    }
    void answer(quint64 sendId, const HttpResponse &response)
    {
        if (open.remove(sendId))
            Q_EMIT finished(sendId, response);
    }
    void answer(quint64 sendId, int status, const QByteArray &body = "{}",
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers = headers;
        answer(sendId, r);
    }
    void fail(quint64 sendId, HttpResponse::Outcome outcome)
    {
        HttpResponse r;
        r.outcome = outcome;
        r.errorString = QStringLiteral("fake failure");
        answer(sendId, r);
    }
    // Answers every open send with 200.
    void answerAll(int status = 200)
    {
        const auto ids = open.values();
        for (quint64 id : ids)
            answer(id, status);
    }
    quint64 lastId() const { return started.isEmpty() ? 0 : started.last().sendId; }

    QList<Started> started;
    QSet<quint64> open;
    QList<quint64> aborted;
    std::function<void(quint64, const HttpRequestSpec &)> onStart;
};
