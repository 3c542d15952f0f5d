// webhookctl log: the changes made from this computer, read back from the journal after real
// writes against the real sandbox: who, what changed, and how each ended (a bulk job's failed item
// with its reason). It reads local files only, so it needs no key.

#include "journal/JournalEntry.h"
#include "kit/SandboxProcess.h"
#include "kit/WebhookctlRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = WebhookctlRun;
}  // namespace

class TestWebhookctlLog : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_base;
    QByteArray m_key;
    qint64 m_a = 0;
    qint64 m_b = 0;

    static QString ctl() { return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"); }

    QProcessEnvironment environment() const { return WebhookctlRun::environmentIn(m_home.path()); }

    Run api(QStringList args)
    {
        args << QStringLiteral("--base-url") << m_base << QStringLiteral("--api-key-stdin");
        return WebhookctlRun::run(args, environment(), m_key + '\n');
    }

    // Without any key: log must not need one.
    Run log(QStringList args)
    {
        args.prepend(QStringLiteral("log"));
        args << QStringLiteral("--base-url") << m_base;
        return WebhookctlRun::run(args, environment());
    }

    static QJsonArray entries(const Run &r) { return r.json().array(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ctl()), "webhookctl is not built");
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--rate-window"), QStringLiteral("1s")}),
                 qPrintable(m_sandbox.standardError()));
        m_base = m_sandbox.baseUrl().toString();
        m_key = m_sandbox.apiKey();

        Run r = api({QStringLiteral("create"), QStringLiteral("https://hooks.example.com/a"),
                     QStringLiteral("--description"), QStringLiteral("A"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        m_a = qint64(r.json().object().value(QStringLiteral("id")).toDouble());
        r = api({QStringLiteral("create"), QStringLiteral("https://hooks.example.com/b"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        m_b = qint64(r.json().object().value(QStringLiteral("id")).toDouble());
        r = api({QStringLiteral("update"), QString::number(m_a), QStringLiteral("--description"),
                 QStringLiteral("Changed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A bulk job with one item the server does not know.
        r = api({QStringLiteral("disable"), QString::number(m_a), QString::number(m_b), QStringLiteral("999999")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }

    void everyChangeWithWhoWhatAndResult()
    {
        const Run r = log({QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray all = entries(r);
        QCOMPARE(all.size(), 6);
        QStringList kinds, results;
        for (const QJsonValue &v : all) {
            const QJsonObject e = v.toObject();
            kinds << e.value(QStringLiteral("kind")).toString();
            results << e.value(QStringLiteral("result")).toString();
            QCOMPARE(e.value(QStringLiteral("os_user")).toString(), JournalOrigin::currentOsUser());
            QCOMPARE(e.value(QStringLiteral("server")).toString(), m_base.chopped(m_base.endsWith(u'/') ? 1 : 0));
            QVERIFY(QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("edit"),
                              QStringLiteral("toggle"), QStringLiteral("toggle"), QStringLiteral("toggle")}));
        QCOMPARE(results,
                 (QStringList{QStringLiteral("confirmed"), QStringLiteral("confirmed"), QStringLiteral("confirmed"),
                              QStringLiteral("confirmed"), QStringLiteral("confirmed"), QStringLiteral("failed")}));
        // A create is about the subscription it made.
        QCOMPARE(qint64(all.at(0).toObject().value(QStringLiteral("subscription_id")).toDouble()), m_a);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://hooks.example.com/a"));
        // The edit: the field it changed, after; webhookctl did not read the before, so none is given.
        const QJsonArray changes = all.at(2).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("description"));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("after")).toString(), QStringLiteral("Changed"));
        QVERIFY(!changes.at(0).toObject().contains(QStringLiteral("before")));
        // The bulk job's items share its job id; the failed one says why.
        const QJsonObject failed = all.at(5).toObject();
        QCOMPARE(qint64(failed.value(QStringLiteral("subscription_id")).toDouble()), 999999);
        QVERIFY2(!failed.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(r.outText()));
        QVERIFY(!failed.value(QStringLiteral("bulk_job")).toString().isEmpty());
        QCOMPARE(all.at(3).toObject().value(QStringLiteral("bulk_job")), failed.value(QStringLiteral("bulk_job")));
        QVERIFY2(!r.out.contains(m_key), "the API key is in the log");
    }

    void filtersBySubscriptionAndTime()
    {
        Run r = log({QStringLiteral("--subscription"), QString::number(m_a), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(entries(r).size(), 3);  // its create, its edit, its disable
        r = log({QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--json")});
        QCOMPARE(entries(r).size(), 6);
        r = log({QStringLiteral("--since"), QStringLiteral("2099-01-01"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(entries(r).size(), 0);
        r = log({QStringLiteral("--since"), QStringLiteral("2099-01-01")});
        QVERIFY2(r.outText().contains(QStringLiteral("No changes made from this computer")), qPrintable(r.describe()));
    }

    void tableForPeople()
    {
        const Run r = log({});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        QVERIFY2(text.contains(QStringLiteral("not the server's history")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("USER")));
        QVERIFY(text.contains(QStringLiteral("description: ? → Changed")));
        QVERIFY(text.contains(QStringLiteral("enabled: ? → off")));
        QVERIFY(text.contains(QStringLiteral("failed: ")));
    }

    void badOptionsAreUsageErrors()
    {
        Run r = log({QStringLiteral("--since"), QStringLiteral("last tuesday")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--since")), qPrintable(r.describe()));
        r = log({QStringLiteral("--subscription"), QStringLiteral("abc")});
        QCOMPARE(r.exitCode, 2);
        r = log({QStringLiteral("--keep-days"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("3650")), qPrintable(r.describe()));
    }

    void keepDaysIsKept()
    {
        Run r = log({QStringLiteral("--keep-days"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = log({});
        QVERIFY2(r.outText().contains(QStringLiteral("kept for 30 days")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlLog)
#include "tst_webhookctllog.moc"
