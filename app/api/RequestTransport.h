#pragma once

#include "api/HttpRequestSpec.h"
#include "api/HttpResponse.h"

#include <QObject>

// Sends what the queue releases. The network transport wraps QNetworkAccessManager; tests of the
// queue plug in a fake transport and answer by hand, on a fake clock.
class RequestTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts one send. finished(sendId, ...) follows exactly once, never from inside start().
    virtual void start(quint64 sendId, const HttpRequestSpec &request) = 0;
    // Aborts a running send; finished() then reports Outcome::Aborted (or nothing if already done).
    virtual void abort(quint64 sendId) = 0;

Q_SIGNALS:
    void finished(quint64 sendId, const HttpResponse &response);
};
