#include "cli/CompletionCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCompletionCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheIdsAndUrlsOfEachProfile()
    {
        QTemporaryDir dir;
        const CompletionCache cache(dir.filePath(QStringLiteral("new/completion")));  // made on the first store
        Subscription a;
        a.id = 5;
        a.url = QStringLiteral("https://a.example/hook\twith\na tab and a new line");
        Subscription noId;
        noId.url = QStringLiteral("https://no-id.example");
        Subscription b;
        b.id = 6;
        b.url = QStringLiteral("https://bücher.example/ü");
        QVERIFY(cache.store(QStringLiteral("Büro / work"), {a, noId, b}));
        QCOMPARE(cache.entries(QStringLiteral("Büro / work")),
                 (QList<CompletionCache::Entry>{{QStringLiteral("5"),
                                                 QStringLiteral("https://a.example/hook with a tab "
                                                                "and a new line")},
                                                {QStringLiteral("6"), QStringLiteral("https://bücher.example/ü")}}));
        QVERIFY(cache.entries(QStringLiteral("other")).isEmpty());
        // A later list replaces the earlier one.
        QVERIFY(cache.store(QStringLiteral("Büro / work"), {b}));
        QCOMPARE(cache.entries(QStringLiteral("Büro / work")).size(), 1);
    }

    void holdsNothingButIdsAndUrls()
    {
        QTemporaryDir dir;
        const CompletionCache cache(dir.path());
        Subscription s;
        s.id = 1;
        s.url = QStringLiteral("https://a.example");
        s.description = QStringLiteral("customer notes");
        QVERIFY(cache.store(QStringLiteral("p"), {s}));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(dir.filePath(files.constFirst()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("1\thttps://a.example\n"));
    }

    void anUnwritableDirectoryIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CompletionCache cache(dir.filePath(QStringLiteral("file/below")));
        Subscription s;
        s.id = 1;
        QVERIFY(!cache.store(QStringLiteral("p"), {s}));
        QVERIFY(cache.entries(QStringLiteral("p")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompletionCache)
#include "tst_completioncache.moc"
