#include "cli/CompletionCache.h"
#include "cli/ShellCompletion.h"
#include "profiles/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

Subscription subscription(qint64 id, const QString &url)
{
    Subscription s;
    s.id = id;
    s.url = url;
    return s;
}

}  // namespace

class TestShellCompletion : public QObject
{
    Q_OBJECT
private:
    QStringList values(const QStringList &words) const
    {
        QStringList result;
        for (const ShellCompletion::Candidate &c : m_completion->complete(words))
            result << c.value;
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CompletionCache> m_cache;
    std::unique_ptr<ShellCompletion> m_completion;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        QString error;
        for (const char *name : {"work", "staging"}) {
            Profile p;
            p.name = QString::fromLatin1(name);
            p.baseUrl = QUrl(QStringLiteral("https://%1.example").arg(p.name));
            QVERIFY2(m_profiles->save(p, &error), qPrintable(error));
        }
        m_profiles->setLastUsed(QStringLiteral("work"));
        m_cache = std::make_unique<CompletionCache>(m_dir.filePath(QStringLiteral("cache")));
        QVERIFY(m_cache->store(QStringLiteral("work"),
                               {subscription(17, QStringLiteral("https://a.example/h")),
                                subscription(170, QStringLiteral("https://b.example/h")),
                                subscription(2, QStringLiteral("https://c.example/h"))}));
        QVERIFY(m_cache->store(QStringLiteral("staging"), {subscription(900, QStringLiteral("https://s.example"))}));
        m_completion = std::make_unique<ShellCompletion>(*m_profiles, *m_cache);
    }

    void commandsFirst()
    {
        const QStringList all = values({QString()});
        for (const char *command : {"list", "get", "disable", "deliveries", "pending", "profile", "help"})
            QVERIFY2(all.contains(QString::fromLatin1(command)), command);
        QCOMPARE(all.count(QStringLiteral("profile")), 1);  // one word for its three subcommands
        QVERIFY(!all.contains(QStringLiteral("__complete")));
        QCOMPARE(values({QStringLiteral("de")}), (QStringList{QStringLiteral("delete"), QStringLiteral("deliveries")}));
        // Options before the command do not count as one.
        QCOMPARE(values({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("li")}),
                 QStringList{QStringLiteral("list")});
    }

    void subcommandsOfProfileAndHelp()
    {
        QCOMPARE(values({QStringLiteral("profile"), QString()}),
                 (QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}));
        QCOMPARE(values({QStringLiteral("profile"), QStringLiteral("remove"), QString()}),
                 (QStringList{QStringLiteral("staging"), QStringLiteral("work")}));
        QCOMPARE(values({QStringLiteral("help"), QStringLiteral("ret")}), QStringList{QStringLiteral("retry")});
    }

    void optionsOfTheCommandAndEveryCommand()
    {
        const QStringList list = values({QStringLiteral("list"), QStringLiteral("--")});
        for (const char *option :
             {"--enabled", "--disabled", "--failing", "--search", "--sort", "--csv", "--json", "--profile", "--help"})
            QVERIFY2(list.contains(QString::fromLatin1(option)), option);
        QVERIFY(!list.contains(QStringLiteral("--status")));  // deliveries' own
        QVERIFY(values({QStringLiteral("deliveries"), QStringLiteral("--st")}).contains(QStringLiteral("--status")));
        // Given once, not offered again; --rate-limit is meant to repeat.
        const QStringList again = values({QStringLiteral("list"), QStringLiteral("--json"),
                                          QStringLiteral("--rate-limit"), QStringLiteral("x"), QStringLiteral("--")});
        QVERIFY(!again.contains(QStringLiteral("--json")));
        QVERIFY(again.contains(QStringLiteral("--rate-limit")));
    }

    void valuesOfOptionsWithAFixedSet()
    {
        QCOMPARE(values({QStringLiteral("deliveries"), QStringLiteral("5"), QStringLiteral("--status"), QString()}),
                 (QStringList{QStringLiteral("pending"), QStringLiteral("retrying"), QStringLiteral("delivered"),
                              QStringLiteral("failed")}));
        QCOMPARE(values({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("-c")}),
                 QStringList{QStringLiteral("-created")});
        // --name=value is one word: the candidates keep the option in front.
        QCOMPARE(values({QStringLiteral("list"), QStringLiteral("--sort=he")}),
                 QStringList{QStringLiteral("--sort=health")});
        // A value without a fixed set gets nothing rather than a guess.
        QVERIFY(values({QStringLiteral("list"), QStringLiteral("--search"), QString()}).isEmpty());
    }

    void profileNamesWithTheirServer()
    {
        const QList<ShellCompletion::Candidate> names =
            m_completion->complete({QStringLiteral("--profile"), QString()});
        QCOMPARE(names.size(), 2);
        QCOMPARE(names[0].value, QStringLiteral("staging"));
        QCOMPARE(names[1].value, QStringLiteral("work"));
        QVERIFY2(names[1].description.contains(QStringLiteral("https://work.example")),
                 qPrintable(names[1].description));
        QCOMPARE(values({QStringLiteral("--profile=st")}), QStringList{QStringLiteral("--profile=staging")});
    }

    void idsOfTheProfileInUse()
    {
        // The default profile's last list, with its URLs as descriptions.
        const QList<ShellCompletion::Candidate> ids =
            m_completion->complete({QStringLiteral("get"), QStringLiteral("17")});
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids[0], (ShellCompletion::Candidate{QStringLiteral("17"), QStringLiteral("https://a.example/h")}));
        QCOMPARE(ids[1].value, QStringLiteral("170"));
        // Another profile's, when named.
        QCOMPARE(values({QStringLiteral("--profile"), QStringLiteral("staging"), QStringLiteral("disable"), QString()}),
                 QStringList{QStringLiteral("900")});
        // Bulk commands take many: the ids already given are not offered again.
        QCOMPARE(values({QStringLiteral("disable"), QStringLiteral("17"), QString()}),
                 (QStringList{QStringLiteral("170"), QStringLiteral("2")}));
        // One id only where one is taken.
        QVERIFY(values({QStringLiteral("get"), QStringLiteral("17"), QString()}).isEmpty());
        // A bare --base-url has no profile, so no ids of its own.
        QVERIFY(values({QStringLiteral("--base-url"), QStringLiteral("https://x.example"), QStringLiteral("get"),
                        QString()})
                    .isEmpty());
        // A profile that never listed: nothing.
        QVERIFY(values({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("get"), QString()})
                    .isEmpty());
    }

    void idsWhereTheCatalogueSaysAnIdGoes()
    {
        for (const char *command : {"get", "update", "deliveries", "retry", "check"}) {
            QVERIFY2(values({QString::fromLatin1(command), QStringLiteral("1")}).contains(QStringLiteral("17")),
                     command);
            QVERIFY2(values({QString::fromLatin1(command), QStringLiteral("2"), QString()}).isEmpty(), command);
        }
        for (const char *command : {"enable", "disable", "delete"})
            QVERIFY2(
                values({QString::fromLatin1(command), QStringLiteral("2"), QString()}).contains(QStringLiteral("17")),
                command);
        for (const char *command : {"create", "list", "types", "requeue", "discard", "pending"})
            QVERIFY2(values({QString::fromLatin1(command), QString()}).isEmpty(), command);
    }

    void afterDoubleDashNothingIsAnOption()
    {
        QVERIFY(values({QStringLiteral("get"), QStringLiteral("--"), QStringLiteral("--")}).isEmpty());
    }

    void formatIsOneCandidatePerLine()
    {
        const QString text = ShellCompletion::format(
            {{QStringLiteral("17"), QStringLiteral("https://a.example/\tx\ny")}, {QStringLiteral("2"), QString()}});
        QCOMPARE(text, QStringLiteral("17\thttps://a.example/ x y\n2\n"));
    }
};

QTEST_GUILESS_MAIN(TestShellCompletion)
#include "tst_shellcompletion.moc"
