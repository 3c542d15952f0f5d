// CommandLine in-process: parsing, help, exit codes and the profile commands with an in-memory
// credential store and a temporary profile file (no server needed; the end-to-end test runs
// the real binary against the sandbox and the real keychain).

#include "api/ApiClient.h"
#include "api/RequestTransport.h"
#include "api/RequestQueue.h"
#include "cli/CliIo.h"
#include "cli/CommandCatalogue.h"
#include "common/TranslationLoader.h"
#include "cli/CommandLine.h"
#include "connection/Connection.h"
#include "kit/FakeClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    int m_width = 80;

    Result run(const QStringList &args, const QByteArray &input = {}, const QString &apiKeyEnv = {})
    {
        FakeClock clock;
        QNetworkAccessManager network;
        Connection connection(clock, network, RateLimitPolicy::documented());
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QBuffer err;
        err.open(QIODevice::WriteOnly);
        CliIo io(&in, &out, &err, false);
        io.setOutputWidth(m_width);
        CliServices services;
        services.client = &connection.client();
        services.queue = &connection.queue();
        services.connection = &connection;
        services.clock = &clock;
        services.journalDirectory = m_dir.filePath(QStringLiteral("journal"));
        services.credentials = m_credentials.get();
        services.profiles = m_profiles.get();
        if (!apiKeyEnv.isEmpty())
            services.environment.insert(QStringLiteral("WEBHOOK_API_KEY"), apiKeyEnv);
        CommandLine cli(services, io);
        QSignalSpy finished(&cli, &CommandLine::finished);
        cli.run(QStringList{QStringLiteral("webhookctl")} + args);
        // Never from inside run().
        if (!finished.isEmpty())
            return Result{-99, {}, QStringLiteral("finished() emitted from inside run()")};
        Result result;
        if (!finished.wait(30000))
            return result;
        io.flush();
        result.exitCode = finished.at(0).at(0).toInt();
        result.out = QString::fromUtf8(out.data());
        result.err = QString::fromUtf8(err.data());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_profiles = std::make_unique<ProfileStore>(
            m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_credentials = std::make_unique<MemoryCredentialStore>();
    }

    void helpListsEveryCommandAndExitCodes()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &name : CommandCatalogue::commandNames())
            QVERIFY2(r.out.contains(name), qPrintable(name));
        for (int code = 0; code <= 7; ++code)
            QVERIFY(r.out.contains(QStringLiteral("  %1  ").arg(code)));
    }

    // Help is wrapped by code to the terminal's width, in every language: no line runs past it
    // (a single word longer than the width would stay whole; none is), and nothing is lost.
    void helpFitsTheTerminal_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        for (const char *language : {"en", "de"})
            for (int width : {60, 80, 132})
                QTest::addRow("%s at %d", language, width) << QString::fromLatin1(language) << width;
    }

    void helpFitsTheTerminal()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        TranslationLoader translations;
        QVERIFY(translations.apply(language));
        m_width = width;
        QStringList texts{run({QStringLiteral("--help")}).out};
        for (const QString &name : CommandCatalogue::commandNames())
            texts << run(name.split(u' ') + QStringList{QStringLiteral("--help")}).out;
        m_width = 80;
        int lines = 0;
        for (const QString &text : std::as_const(texts)) {
            for (const QString &line : text.split(u'\n')) {
                ++lines;
                QVERIFY2(line.size() <= width,
                         qPrintable(QStringLiteral("%1 > %2: %3").arg(line.size()).arg(width).arg(line)));
            }
        }
        QVERIFY(lines > 100);
        // Wrapped, not cut: the last exit code's explanation ends in full.
        QVERIFY2(texts.constFirst().simplified().endsWith(language == u"de" ? QStringLiteral("nicht gesendet wurde)")
                                                                            : QStringLiteral("what was not sent)")),
                 qPrintable(texts.constFirst()));
    }

    void everyCommandHasHelp()
    {
        for (const QString &name : CommandCatalogue::commandNames()) {
            const Result r = run(name.split(u' ') + QStringList{QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: webhookctl ") + name), qPrintable(r.out));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown") << QStringList{QStringLiteral("nope")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("types"), QStringLiteral("--nope")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("types"), QStringLiteral("--base-url")};
        QTest::newRow("too many") << QStringList{QStringLiteral("types"), QStringLiteral("extra")};
        QTest::newRow("profile sub") << QStringList{QStringLiteral("profile"), QStringLiteral("rename")};
        QTest::newRow("bad window") << QStringList{QStringLiteral("types"), QStringLiteral("--rate-window"),
                                                   QStringLiteral("0")};
        QTest::newRow("key as argument") << QStringList{QStringLiteral("types"), QStringLiteral("--api-key"),
                                                        QStringLiteral("secret")};
        // list's filters are checked before a server is looked for (none is given here).
        QTest::newRow("list --enabled --disabled")
            << QStringList{QStringLiteral("list"), QStringLiteral("--enabled"), QStringLiteral("--disabled")};
        QTest::newRow("list --sort unknown")
            << QStringList{QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("colour")};
        // So are reissue-secret's modes.
        QTest::newRow("reissue-secret without a mode") << QStringList{QStringLiteral("reissue-secret")};
        QTest::newRow("reissue-secret --cutover soon")
            << QStringList{QStringLiteral("reissue-secret"), QStringLiteral("12"), QStringLiteral("--cutover"),
                           QStringLiteral("soon")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("webhookctl: ")));
        QVERIFY(r.out.isEmpty());
    }

    void noKeyExitsWithThree()
    {
        const Result r =
            run({QStringLiteral("types"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("WEBHOOK_API_KEY")));
    }

    void profileAddListRemove()
    {
        Result r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("local"),
                        QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8765/"),
                        QStringLiteral("--api-key-stdin"), QStringLiteral("--rate-limit"),
                        QStringLiteral("GET /api/v1/webhooks/=10/1s")},
                       "key-123\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto profile = m_profiles->profile(QStringLiteral("local"));
        QVERIFY(profile.has_value());
        QCOMPARE(profile->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QCOMPARE(profile->rateLimitSpecs, QStringList{QStringLiteral("GET /api/v1/webhooks/=10/1s")});
        QCOMPARE(m_profiles->lastUsed(), QStringLiteral("local"));

        std::optional<KeychainResult> stored;
        m_credentials->readKey(QStringLiteral("local"), this, [&stored](const KeychainResult &k) { stored = k; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->secret, QByteArray("key-123"));

        r = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("base_url")).toString(),
                 QStringLiteral("http://127.0.0.1:8765"));
        QVERIFY(!r.out.contains(QStringLiteral("key-123")));

        r = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!m_profiles->contains(QStringLiteral("local")));
        stored.reset();
        m_credentials->readKey(QStringLiteral("local"), this, [&stored](const KeychainResult &k) { stored = k; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->status, KeychainResult::Status::NotFound);
    }

    void profileAddRefusals()
    {
        const QString add = QStringLiteral("add");
        const QString profile = QStringLiteral("profile");
        // No key on stdin.
        QCOMPARE(run({profile, add, QStringLiteral("a"), QStringLiteral("--base-url"),
                      QStringLiteral("https://x.example"), QStringLiteral("--api-key-stdin")})
                     .exitCode,
                 3);
        // No base URL.
        QCOMPARE(run({profile, add, QStringLiteral("a"), QStringLiteral("--api-key-stdin")}, "k\n").exitCode, 2);
        // Remote plain http without consent, then with it (remembered).
        QCOMPARE(run({profile, add, QStringLiteral("a"), QStringLiteral("--base-url"),
                      QStringLiteral("http://x.example"), QStringLiteral("--api-key-stdin")},
                     "k\n")
                     .exitCode,
                 2);
        QVERIFY(m_profiles->names().isEmpty());
        QCOMPARE(
            run({profile, add, QStringLiteral("a"), QStringLiteral("--base-url"), QStringLiteral("http://x.example"),
                 QStringLiteral("--api-key-stdin"), QStringLiteral("--allow-insecure-http")},
                "k\n")
                .exitCode,
            0);
        QVERIFY(m_profiles->profile(QStringLiteral("a"))->allowInsecureHttp);
        // Unknown profile to remove.
        QCOMPARE(run({profile, QStringLiteral("remove"), QStringLiteral("zzz")}).exitCode, 3);
    }

    void unknownProfileExitsWithThree()
    {
        const Result r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("ghost")}, {},
                             QStringLiteral("k"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("ghost")));
    }

    void profileWithoutKeyInStore()
    {
        Profile p;
        p.name = QStringLiteral("empty");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QString error;
        QVERIFY(m_profiles->save(p, &error));
        const Result r = run({QStringLiteral("types"), QStringLiteral("--profile"), QStringLiteral("empty")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("profile add empty")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
