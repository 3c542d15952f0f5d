// Requests that are not answered by an endpoint still count against a rate limit, over HTTP
// against the real webhook-sandbox binary: failed authentication per client address, unknown
// paths and methods per key. The default window (a minute) holds 51 loopback requests easily.
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QtTest>

namespace {
const QByteArray wrongKey = "sbx_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
constexpr int limit = 50;  // the documented limit, kept by every bucket the sandbox makes up
}  // namespace

class TestUnauthenticatedLimits : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    SandboxHttp m_http;

    static void checkLimited(const SandboxReply &reply)
    {
        QCOMPARE(reply.status, 429);
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply.header("Retry-After").constData());
        QCOMPARE(reply.header("X-RateLimit-Limit").toInt(), limit);
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(reply.header("X-RateLimit-Reset").toInt() >= 1);
        QVERIFY(reply.json()
                    .object()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("Rate limit exceeded")));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--quiet")}), qPrintable(m_sandbox.standardError()));
        m_http.setBase(m_sandbox.baseUrl());
    }
    void cleanup() { m_sandbox.stop(); }

    // Guessing keys is as slow on every path: all requests without a valid key from one address
    // share one bucket, and the 51st gets 429 with headers that agree.
    void failedAuthenticationIsLimitedPerAddress()
    {
        const QString paths[] = {QStringLiteral("/api/v1/webhooks/"), QStringLiteral("/api/v1/webhooks/types"),
                                 QStringLiteral("/api/v1/webhooks/1")};
        for (int i = 0; i < limit; ++i) {
            const SandboxReply reply = m_http.get(paths[i % 3], i % 2 ? wrongKey : QByteArray());
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.header("X-RateLimit-Limit").toInt(), limit);
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), limit - 1 - i);
            QVERIFY(!reply.hasHeader("Retry-After"));
        }
        checkLimited(m_http.get(QStringLiteral("/api/v1/webhooks/"), QByteArray()));
        checkLimited(m_http.post(QStringLiteral("/api/v1/webhooks/"), wrongKey, R"({"url":"https:\/\/x.example"})"));
        checkLimited(m_http.get(QStringLiteral("/no/such/path"), QByteArray()));

        // A valid key from the same address has buckets of its own: the guesses do not use them up.
        const SandboxReply mine = m_http.get(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey());
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.header("X-RateLimit-Remaining").toInt(), limit - 1);
    }

    // 404s and 405s are not free: with a valid key they share one bucket of the key, apart from
    // the endpoints' own buckets.
    void unknownPathsAreLimitedPerKey()
    {
        const QByteArray key = m_sandbox.apiKey();
        for (int i = 0; i < limit; ++i) {
            const SandboxReply reply = i % 5 == 4 ? m_http.send("PUT", QStringLiteral("/api/v1/webhooks/1"), key, "{}")
                                                  : m_http.get(QStringLiteral("/api/v1/nope/%1").arg(i), key);
            QCOMPARE(reply.status, i % 5 == 4 ? 405 : 404);
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), limit - 1 - i);
        }
        checkLimited(m_http.get(QStringLiteral("/api/v1/webhooks/1/nope"), key));
        checkLimited(m_http.send("DELETE", QStringLiteral("/api/v1/webhooks/types"), key));

        // The key's endpoints are untouched, and anonymous callers have their own bucket.
        const SandboxReply list = m_http.get(QStringLiteral("/api/v1/webhooks/"), key);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.header("X-RateLimit-Remaining").toInt(), limit - 1);
        const SandboxReply anonymous = m_http.get(QStringLiteral("/api/v1/nope"), QByteArray());
        QCOMPARE(anonymous.status, 404);
        QCOMPARE(anonymous.header("X-RateLimit-Remaining").toInt(), limit - 1);
    }
};

QTEST_GUILESS_MAIN(TestUnauthenticatedLimits)
#include "tst_unauthenticatedlimits.moc"
