// SandboxOptions: the command line of webhook-sandbox.
#include "sandbox/SandboxOptions.h"

#include <QtTest>

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private:
    static std::optional<SandboxOptions> parse(const QStringList &args, QString *error = nullptr)
    {
        return SandboxOptions::parse(QStringList{QStringLiteral("webhook-sandbox")} + args, error);
    }

private Q_SLOTS:
    void keysCreate()
    {
        const auto o = parse({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("support"),
                              QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")});
        QVERIFY(o);
        QCOMPARE(o->command, SandboxOptions::Command::KeysCreate);
        QCOMPARE(o->keyName, QStringLiteral("support"));
        QCOMPARE(o->dbPath, QStringLiteral("/tmp/x.sqlite"));
    }

    void serveDefaultsAreTheDocumentedPolicy()
    {
        const auto o = parse({QStringLiteral("serve")});
        QVERIFY(o);
        QCOMPARE(o->command, SandboxOptions::Command::Serve);
        QCOMPARE(o->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(o->retryIntervalMs, 3'600'000);
        QCOMPARE(o->retryWindowMs, 48LL * 3'600'000);
        QVERIFY(!o->rateWindowMs);
        QVERIFY(!o->allowPrivateTargets);
        QVERIFY(!o->demo);
        QVERIFY(!o->documentedFieldsOnly);
    }

    void serveFlags()
    {
        const auto o = parse({QStringLiteral("serve"),
                              QStringLiteral("--port"),
                              QStringLiteral("0"),
                              QStringLiteral("--db=a.sqlite"),
                              QStringLiteral("--retry-interval"),
                              QStringLiteral("250ms"),
                              QStringLiteral("--retry-window"),
                              QStringLiteral("12s"),
                              QStringLiteral("--rate-window"),
                              QStringLiteral("2s"),
                              QStringLiteral("--allow-private-targets"),
                              QStringLiteral("--fault-latency"),
                              QStringLiteral("1s"),
                              QStringLiteral("--fault-5xx-share"),
                              QStringLiteral("10%"),
                              QStringLiteral("--fault-malformed-share"),
                              QStringLiteral("0.2"),
                              QStringLiteral("--fault-drop-share"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--fault-429-share"),
                              QStringLiteral("25%"),
                              QStringLiteral("--fault-drop-after-share"),
                              QStringLiteral("0.1"),
                              QStringLiteral("--documented-fields-only")});
        QVERIFY(o);
        QVERIFY(o->documentedFieldsOnly);
        QCOMPARE(o->port, 0);
        QCOMPARE(o->dbPath, QStringLiteral("a.sqlite"));
        QCOMPARE(o->retryIntervalMs, 250);
        QCOMPARE(o->retryWindowMs, 12'000);
        QCOMPARE(o->rateWindowMs.value_or(0), 2000);
        QVERIFY(o->allowPrivateTargets);
        QCOMPARE(o->faults.latencyMs, 1000);
        QCOMPARE(o->faults.share5xx, 0.1);
        QCOMPARE(o->faults.shareMalformed, 0.2);
        QCOMPARE(o->faults.shareDrop, 0.05);
        QCOMPARE(o->faults.share429, 0.25);
        QCOMPARE(o->faults.shareDropAfter, 0.1);
    }

    void connectionTimeouts()
    {
        const auto defaults = parse({QStringLiteral("serve")});
        QVERIFY(defaults);
        QCOMPARE(defaults->http.idleTimeoutMs, 60'000);
        QCOMPARE(defaults->http.headerTimeoutMs, 10'000);
        QCOMPARE(defaults->http.bodyTimeoutMs, 30'000);
        QCOMPARE(defaults->http.sendTimeoutMs, 30'000);
        const auto o = parse({QStringLiteral("serve"), QStringLiteral("--idle-timeout"), QStringLiteral("2s"),
                              QStringLiteral("--header-timeout=500ms"), QStringLiteral("--body-timeout"),
                              QStringLiteral("3s"), QStringLiteral("--send-timeout"), QStringLiteral("1m")});
        QVERIFY(o);
        QCOMPARE(o->http.idleTimeoutMs, 2'000);
        QCOMPARE(o->http.headerTimeoutMs, 500);
        QCOMPARE(o->http.bodyTimeoutMs, 3'000);
        QCOMPARE(o->http.sendTimeoutMs, 60'000);
        for (const QString &option : {QStringLiteral("--idle-timeout"), QStringLiteral("--header-timeout"),
                                      QStringLiteral("--body-timeout"), QStringLiteral("--send-timeout")}) {
            QVERIFY(SandboxOptions::helpText().contains(option));
            QString error;
            QVERIFY(!parse({QStringLiteral("serve"), option, QStringLiteral("0s")}, &error));
            QVERIFY(error.contains(option));
        }
    }

    void demoCompressesRetries()
    {
        const auto o = parse({QStringLiteral("serve"), QStringLiteral("--demo")});
        QVERIFY(o);
        QCOMPARE(o->retryIntervalMs, 10'000);
        QCOMPARE(o->retryWindowMs, 480'000);
        QVERIFY(o->allowPrivateTargets);
        const auto explicitInterval = parse({QStringLiteral("serve"), QStringLiteral("--demo"),
                                             QStringLiteral("--retry-interval"), QStringLiteral("1m")});
        QCOMPARE(explicitInterval->retryIntervalMs, 60'000);
        QCOMPARE(explicitInterval->retryWindowMs, 48 * 60'000);
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")})->command, SandboxOptions::Command::Help);
        QCOMPARE(parse({QStringLiteral("serve"), QStringLiteral("--version")})->command,
                 SandboxOptions::Command::Version);
        QVERIFY(SandboxOptions::helpText().contains(QStringLiteral("--fault-drop-share")));
        QVERIFY(SandboxOptions::helpText().contains(QStringLiteral("--fault-429-share")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("run")};
        QTest::newRow("keys without name") << QStringList{QStringLiteral("keys"), QStringLiteral("create")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("serve"), QStringLiteral("--turbo")};
        QTest::newRow("port out of range")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("port missing") << QStringList{QStringLiteral("serve"), QStringLiteral("--port")};
        QTest::newRow("bad duration") << QStringList{QStringLiteral("serve"), QStringLiteral("--retry-interval"),
                                                     QStringLiteral("-5s")};
        QTest::newRow("bad share") << QStringList{QStringLiteral("serve"), QStringLiteral("--fault-5xx-share"),
                                                  QStringLiteral("2")};
        QTest::newRow("bad 429 share") << QStringList{QStringLiteral("serve"), QStringLiteral("--fault-429-share"),
                                                      QStringLiteral("-1")};
        QTest::newRow("429 share tips the sum over 1")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--fault-drop-share"), QStringLiteral("0.5"),
                           QStringLiteral("--fault-429-share"), QStringLiteral("0.6")};
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QString error;
        QVERIFY(!parse(args, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
