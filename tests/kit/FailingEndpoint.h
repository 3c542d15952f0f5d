#pragma once

// Endpoints that fail on purpose, for tests of delivery health against the real sandbox (started
// with --allow-private-targets): a URL on a closed port of this machine refuses every delivery at
// once, and the sandbox's own summary says when a subscription is failing.

#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace FailingEndpoint {

// http://127.0.0.1:PORT/hook on a port that was free a moment ago and is closed now.
inline QString refusedUrl()
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        return {};
    const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort());
    closed.close();
    return url;
}

// Waits until the sandbox says the subscription is failing (or, with failing false, is not).
inline bool waitUntil(SandboxProcess &sandbox, qint64 id, bool failing, int ms = 30'000)
{
    SandboxHttp http(sandbox.baseUrl());
    return QTest::qWaitFor(
        [&] {
            const QJsonObject o =
                http.get(QStringLiteral("/api/v1/webhooks/%1").arg(id), sandbox.apiKey()).json().object();
            return o.value(QStringLiteral("failing_since")).isNull() != failing;
        },
        ms);
}

}  // namespace FailingEndpoint
