// webhookctl list --csv and deliveries ID --csv: the real binary against the real sandbox, its
// output read back with Python's csv module (an independent parser).

#include "api/DeliveryCsv.h"
#include "kit/WebhookctlRun.h"
#include "kit/PythonCsv.h"
#include "kit/Require.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

namespace {

using Run = WebhookctlRun;

// Descriptions a CSV writer must quote, and ones a spreadsheet would run as formulas.
const QStringList kDescriptions{
    QStringLiteral("Shop \"A\", Berlin"),
    QStringLiteral("two\nlines\r\nand a CR\r"),
    QString::fromUtf8("Bäckerei 漢字 \xF0\x9F\x8E\x89 e\xCC\x81"),
    QStringLiteral("=HYPERLINK(\"http://x\")"),
    QStringLiteral("-1+2"),
};

}  // namespace

class TestWebhookctlExport : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QString m_base;
    QByteArray m_key;

    static QString ctl() { return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"); }

    // Runs webhookctl with the sandbox's key on stdin.
    Run api(QStringList args)
    {
        args << QStringLiteral("--base-url") << m_base << QStringLiteral("--api-key-stdin");
        return WebhookctlRun::run(args, WebhookctlRun::environment(), m_key + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ctl()), "webhookctl is not built");
        WEBHOOK_REQUIRE(!PythonCsv::python().isEmpty(), "python3 is needed to read CSV back");
        // Attempts every 200 ms for a second: a failing delivery collects several quickly.
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-private-targets"), QStringLiteral("--retry-interval"),
                                  QStringLiteral("200ms"), QStringLiteral("--retry-window"), QStringLiteral("1s")}),
                 qPrintable(m_sandbox.standardError()));
        m_base = m_sandbox.baseUrl().toString();
        m_key = m_sandbox.apiKey();
    }

    void listCsvRoundTrips()
    {
        QList<qint64> ids;
        QStringList secrets;
        for (const QString &description : kDescriptions) {
            const Run r = api({QStringLiteral("create"), QStringLiteral("https://example.com/csv/%1").arg(ids.size()),
                               QStringLiteral("--description"), description, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            const QJsonObject created = QJsonDocument::fromJson(r.out).object();
            ids << qint64(created.value(QStringLiteral("id")).toDouble());
            secrets << created.value(QStringLiteral("client_secret")).toString();
            QVERIFY(!secrets.constLast().isEmpty());
        }

        const Run r = api({QStringLiteral("list"), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.startsWith("\xEF\xBB\xBF"));  // no byte order mark for scripts
        QVERIFY(r.out.endsWith("\r\n"));
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!r.out.contains(secret.toUtf8()), "a client secret is in the export");
        QVERIFY2(!r.out.contains(m_key), "the API key is in the export");

        const QList<QStringList> rows = PythonCsv::rowsOf(r.out);
        QVERIFY(rows.size() > kDescriptions.size());
        const QStringList header = rows.first();
        QCOMPARE(header.mid(0, 5),
                 (QStringList{QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("description"),
                              QStringLiteral("enabled"), QStringLiteral("created_at")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                          [&](const QStringList &r) { return r.value(0) == QString::number(ids[i]); });
            QVERIFY(row != rows.cend());
            const QString description = kDescriptions[i];
            const bool formula = description.startsWith(u'=') || description.startsWith(u'-');
            QCOMPARE(row->at(2), formula ? u'\'' + description : description);
            QCOMPARE(row->at(1), QStringLiteral("https://example.com/csv/%1").arg(i));
            QCOMPARE(row->at(3), QStringLiteral("true"));
            QVERIFY(QDateTime::fromString(row->at(4), Qt::ISODate).isValid());
        }
    }

    void csvAndJsonTogetherAreRefused()
    {
        Run r = api({QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("--csv and --json cannot be used together"), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        // A command without CSV output does not know the option.
        r = api({QStringLiteral("types"), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("csv"), qPrintable(r.describe()));
    }

    void deliveriesCsvHasOneLinePerAttempt()
    {
        // A receiver address that refuses connections: every attempt fails with an error text.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Run r = api(
            {QStringLiteral("create"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 id = qint64(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toDouble());
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(id);

        // Empty: the header alone.
        r = api({QStringLiteral("deliveries"), QString::number(id), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(PythonCsv::rowsOf(r.out), QList<QStringList>{DeliveryCsv::header()});

        SandboxHttp http(m_sandbox.baseUrl());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(http.post(path + QStringLiteral("/test"), m_key, "{}").status, 202);
        // Both deliveries have given up after their window: their attempts are all made.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray items = http.get(path + QStringLiteral("/deliveries?status=failed"), m_key)
                                             .json()
                                             .object()
                                             .value(QStringLiteral("items"))
                                             .toArray();
                return items.size() == 2;
            }(),
            30000);

        r = api({QStringLiteral("deliveries"), QString::number(id), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QStringList> rows = PythonCsv::rowsOf(r.out);
        QCOMPARE(rows.value(0), DeliveryCsv::header());
        const QJsonArray items = http.get(path + QStringLiteral("/deliveries"), m_key)
                                     .json()
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        int attempts = 0;
        for (const QJsonValue &item : items)
            attempts += item.toObject().value(QStringLiteral("attempt_count")).toInt();
        QVERIFY(attempts >= 4);  // at least two attempts each
        QCOMPARE(rows.size(), 1 + attempts);
        QSet<QString> deliveryIds;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), DeliveryCsv::header().size());
            deliveryIds << row.at(0);
            QCOMPARE(row.at(2), QStringLiteral("failed"));
            QVERIFY(row.at(4).toInt() >= 1);  // attempt number
            QVERIFY(QDateTime::fromString(row.at(5), Qt::ISODate).isValid());
            QVERIFY(row.at(6).isEmpty());  // no HTTP status: the connection was refused
            QVERIFY2(!row.at(8).isEmpty(), "a failed attempt says why");
        }
        QCOMPARE(deliveryIds.size(), 2);

        // --json and --csv together are refused here too.
        r = api({QStringLiteral("deliveries"), QString::number(id), QStringLiteral("--json"), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlExport)
#include "tst_webhookctlexport.moc"
