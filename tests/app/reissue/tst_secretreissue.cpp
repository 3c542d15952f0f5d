// SecretReissue in-process against the real sandbox, on a fake clock: after the cut-over the old
// subscription is kept while the server says its retries go on, and deleted once the documented
// retry window has passed; a job past its cut-over cannot be cancelled.

#include "kit/FailingEndpoint.h"
#include "kit/FakeClock.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "api/ApiClient.h"
#include "common/RateLimitPolicy.h"
#include "connection/Connection.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJobStore.h"
#include "reissue/SecretReissue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSecretReissue : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ReissueJobStore> m_jobs;

    int status(qint64 id)
    {
        SandboxHttp http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/api/v1/webhooks/%1").arg(id), m_sandbox.apiKey()).status;
    }
    QJsonObject subscription(qint64 id)
    {
        SandboxHttp http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/api/v1/webhooks/%1").arg(id), m_sandbox.apiKey()).json().object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-private-targets")}), qPrintable(m_sandbox.standardError()));
        m_clock.setUtcStart(QDateTime::currentDateTimeUtc());
        m_connection = std::make_unique<Connection>(m_clock, m_network, RateLimitPolicy::documented());
        const auto opened = m_connection->openJournal(m_dir.path(), QStringLiteral("test"), {}, QStringLiteral("test"),
                                                      {}, m_sandbox.baseUrl());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QVERIFY(m_connection->client().setServer(m_sandbox.baseUrl(), m_sandbox.apiKey()));
        m_jobs = std::make_unique<ReissueJobStore>(*m_connection->journal());
    }

    void oldOneWaitsForItsRetriesThenTheWindow()
    {
        // An old subscription whose endpoint refuses: a delivery to it is being retried.
        SandboxHttp http(m_sandbox.baseUrl());
        const QString url = FailingEndpoint::refusedUrl();
        const qint64 oldId = qint64(http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(),
                                              QJsonDocument(QJsonObject{{QStringLiteral("url"), url}}).toJson())
                                        .json()
                                        .object()
                                        .value(QStringLiteral("id"))
                                        .toDouble());
        QVERIFY(oldId > 0);
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(oldId), m_sandbox.apiKey(), {}).status / 100,
                 2);
        QVERIFY(QTest::qWaitFor(
            [&] { return subscription(oldId).value(QStringLiteral("pending_retries")).toInt() > 0; }, 30'000));

        SecretReissue runner(m_connection->client(), *m_connection->recorder(), *m_jobs, m_clock);
        QSignalSpy secret(&runner, &SecretReissue::secretReady);
        QSignalSpy cutover(&runner, &SecretReissue::waitingForCutover);
        QSignalSpy drain(&runner, &SecretReissue::waitingForDrain);
        QSignalSpy finished(&runner, &SecretReissue::finished);
        QSignalSpy failed(&runner, &SecretReissue::failed);
        runner.start(oldId, QStringList{QStringLiteral("orders.created")});
        QVERIFY2(secret.wait(30'000), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(secret.at(0).at(0).toString().startsWith(QStringLiteral("whsec_")));
        QVERIFY(!runner.isBusy());
        runner.confirmSecretShown();
        QCOMPARE(cutover.size(), 1);
        const qint64 newId = *runner.job().newId;
        QCOMPARE(subscription(newId).value(QStringLiteral("enabled")).toBool(), false);

        runner.cutOver();
        QVERIFY2(drain.wait(30'000), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(drain.at(0).at(1).toInt() > 0);
        QCOMPARE(drain.at(0).at(0).toDateTime(), m_clock.utcNow().addSecs(ReissueJob::kRetryWindowSecs));
        QCOMPARE(runner.job().step, ReissueJob::Step::CutOver);
        QCOMPARE(subscription(oldId).value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(subscription(newId).value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(status(oldId), 200);

        // Past the cut-over it can only be finished.
        runner.cancel(runner.job().id);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QString::number(newId)));
        QCOMPARE(m_jobs->find(runner.job().id).value()->step, ReissueJob::Step::CutOver);

        // Later than the whole retry window: deleted, whatever the server still says.
        m_clock.advance((ReissueJob::kRetryWindowSecs + 1) * 1000);
        SecretReissue later(m_connection->client(), *m_connection->recorder(), *m_jobs, m_clock);
        QSignalSpy laterFinished(&later, &SecretReissue::finished);
        QSignalSpy laterFailed(&later, &SecretReissue::failed);
        later.resume(runner.job().id);
        QVERIFY2(laterFinished.wait(30'000), qPrintable(laterFailed.value(0).value(0).toString()));
        QCOMPARE(later.job().step, ReissueJob::Step::Done);
        QCOMPARE(status(oldId), 404);
        QCOMPARE(status(newId), 200);
        QVERIFY(m_jobs->unfinished()->isEmpty());
    }

    void unknownEventsSendNothing()
    {
        SandboxHttp http(m_sandbox.baseUrl());
        const qint64 oldId = qint64(
            http.post(
                    QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(),
                    QJsonDocument(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example/")}}).toJson())
                .json()
                .object()
                .value(QStringLiteral("id"))
                .toDouble());
        SecretReissue runner(m_connection->client(), *m_connection->recorder(), *m_jobs, m_clock);
        QSignalSpy failed(&runner, &SecretReissue::failed);
        const auto before = m_connection->journal()->all()->size();
        runner.start(oldId, std::nullopt);
        QCOMPARE(failed.size(), 1);  // at once: nothing to ask the server
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not known")));
        QCOMPARE(m_connection->journal()->all()->size(), before);
        QVERIFY(runner.job().id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretReissue)
#include "tst_secretreissue.moc"
