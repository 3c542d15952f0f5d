#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static Profile sample(const QString &name = QStringLiteral("staging"))
    {
        Profile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        p.rateWindowMs = 6000;
        p.rateLimitSpecs = {QStringLiteral("PATCH /api/v1/webhooks/{id}=10/1s")};
        return p;
    }

private Q_SLOTS:
    void saveAndReloadFromFile()
    {
        const QString file = path("reload.ini");
        {
            ProfileStore store(file);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QString error;
            QVERIFY2(store.save(sample(), &error), qPrintable(error));
            QCOMPARE(changed.count(), 1);
            store.setLastUsed(QStringLiteral("staging"));
        }
        ProfileStore again(file);
        QCOMPARE(again.names(), QStringList{QStringLiteral("staging")});
        const auto p = again.profile(QStringLiteral("staging"));
        QVERIFY(p.has_value());
        QCOMPARE(*p, sample());
        QCOMPARE(again.lastUsed(), QStringLiteral("staging"));
    }

    void policyAppliesWindowAndOverrides()
    {
        const RateLimitPolicy policy = sample().rateLimitPolicy();
        QCOMPARE(policy.limitFor(QStringLiteral("GET /api/v1/webhooks/{id}")), (RateLimitPolicy::Limit{50, 6000}));
        QCOMPARE(policy.limitFor(QStringLiteral("PATCH /api/v1/webhooks/{id}")), (RateLimitPolicy::Limit{10, 1000}));
        Profile plain = sample();
        plain.rateWindowMs = 0;
        plain.rateLimitSpecs.clear();
        QCOMPARE(plain.rateLimitPolicy().limitFor(QStringLiteral("PATCH /api/v1/webhooks/{id}")),
                 (RateLimitPolicy::Limit{100, 60000}));
    }

    void theKeyIsNeverInTheFile()
    {
        // Profiles have no key field at all; the file holds only what Profile holds.
        const QString file = path("nokey.ini");
        ProfileStore store(file);
        QString error;
        QVERIFY(store.save(sample(), &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("baseUrl"));
        QVERIFY(!content.toLower().contains("key="));
        QVERIFY(!content.toLower().contains("apikey"));
    }

    void namesAreSortedAndRemovable()
    {
        ProfileStore store(path("names.ini"));
        QString error;
        for (const char *name : {"zeta", "Alpha", "beta 2", "prod-eu_1.x"})
            QVERIFY2(store.save(sample(QString::fromLatin1(name)), &error), qPrintable(error));
        QCOMPARE(store.names(),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta 2"), QStringLiteral("prod-eu_1.x"),
                              QStringLiteral("zeta")}));
        store.setLastUsed(QStringLiteral("zeta"));
        QVERIFY(store.remove(QStringLiteral("zeta")));
        QVERIFY(!store.remove(QStringLiteral("zeta")));
        QVERIFY(store.lastUsed().isEmpty());
        QVERIFY(!store.profile(QStringLiteral("zeta")).has_value());
        QCOMPARE(store.names().size(), 3);
    }

    void saveReplacesWholeProfile()
    {
        ProfileStore store(path("replace.ini"));
        QString error;
        QVERIFY(store.save(sample(), &error));
        Profile changed = sample();
        changed.rateLimitSpecs.clear();
        changed.rateWindowMs = 0;
        changed.allowInsecureHttp = true;
        QVERIFY(store.save(changed, &error));
        QCOMPARE(*store.profile(QStringLiteral("staging")), changed);
    }

    void injectedSettingsAreUsed()
    {
        QSettings settings(path("injected.ini"), QSettings::IniFormat);
        ProfileStore store(&settings);
        QString error;
        QVERIFY(store.save(sample(), &error));
        QCOMPARE(settings.value(QStringLiteral("profiles/staging/baseUrl")).toString(),
                 QStringLiteral("https://api.example.com"));
    }

    void invalidNamesAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("leading space") << QStringLiteral(" a");
        QTest::newRow("trailing space") << QStringLiteral("a ");
        QTest::newRow("too long") << QString(65, u'a');
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("equals") << QStringLiteral("a=b");
    }

    void invalidNamesAreRejected()
    {
        QFETCH(QString, name);
        ProfileStore store(path("badnames.ini"));
        Profile p = sample(name);
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.names().isEmpty());
        QVERIFY(!store.contains(name));
    }

    void validNamesAreAccepted()
    {
        QString error;
        for (const QString &name :
             {QStringLiteral("a"), QStringLiteral("Kunde Müller"), QStringLiteral("prod.eu-1_x"), QString(64, u'b')})
            QVERIFY2(ProfileStore::validateName(name, &error), qPrintable(name));
    }

    void baseUrlsAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");  // empty: rejected
        QTest::newRow("https") << QStringLiteral("https://api.example.com")
                               << QStringLiteral("https://api.example.com");
        QTest::newRow("trailing slash") << QStringLiteral(" http://127.0.0.1:8080/ ")
                                        << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("prefix") << QStringLiteral("https://x.example/prefix/")
                                << QStringLiteral("https://x.example/prefix");
        QTest::newRow("no scheme") << QStringLiteral("api.example.com") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("garbage") << QStringLiteral("http://exa mple.com") << QString();
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.com") << QString();
        QTest::newRow("query") << QStringLiteral("https://example.com/?a=1") << QString();
        QTest::newRow("no host") << QStringLiteral("http:///path") << QString();
    }

    void baseUrlsAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = ProfileStore::parseBaseUrl(text, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid() || url.isEmpty(), qPrintable(url.toString()));
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(url.isValid(), qPrintable(error));
            QCOMPARE(url.toString(), expected);
        }
    }

    void badRateLimitsAreRejected()
    {
        ProfileStore store(path("badlimits.ini"));
        Profile p = sample();
        p.rateLimitSpecs = {QStringLiteral("PATCH /api/v1/webhooks/{id}=lots")};
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(error.contains(QStringLiteral("PATCH")));
        QVERIFY(!store.contains(QStringLiteral("staging")));
    }

    void insecureConsentIsNeededOnlyForRemotePlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("needsConsent");
        QTest::newRow("remote http") << QStringLiteral("http://api.example.com") << true;
        QTest::newRow("remote https") << QStringLiteral("https://api.example.com") << false;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:9000") << false;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080") << false;
        QTest::newRow("lan") << QStringLiteral("http://192.168.1.20") << true;
        QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.example.com") << true;
    }

    void insecureConsentIsNeededOnlyForRemotePlainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, needsConsent);
        QCOMPARE(ProfileStore::needsInsecureConsent(QUrl(url)), needsConsent);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
