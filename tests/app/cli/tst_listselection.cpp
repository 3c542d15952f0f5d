#include "cli/CommandCatalogue.h"
#include "cli/ListSelection.h"

#include <QCommandLineParser>
#include <QTest>

namespace {

Subscription make(qint64 id, const QString &url, const QString &description, bool enabled, int createdDay)
{
    Subscription s;
    s.id = id;
    s.url = url;
    s.description = description;
    s.enabled = enabled;
    s.createdAt = QDateTime(QDate(2026, 11, createdDay), QTime(12, 0), Qt::UTC);
    return s;
}

DeliverySummary failing(int pendingRetries, const QDateTime &givesUpAt)
{
    DeliverySummary h;
    h.lastDeliveryAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    h.lastDeliveryStatus = QStringLiteral("failed");
    h.failingSince = h.lastDeliveryAt;
    h.pendingRetries = pendingRetries;
    h.givesUpAt = givesUpAt;
    return h;
}

DeliverySummary healthy()
{
    DeliverySummary h;
    h.lastDeliveryAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    h.lastDeliveryStatus = QStringLiteral("delivered");
    return h;
}

// The list as the server sends it: with health (the sandbox) unless told otherwise.
SubscriptionList serverList(bool withHealth = true)
{
    SubscriptionList list{
        make(3, QStringLiteral("https://shop.example/hooks"), QStringLiteral("Shop orders"), true, 3),
        make(12, QStringLiteral("https://b.example/wh"), QStringLiteral("Billing: Ä-Konto"), false, 1),
        make(7, QStringLiteral("https://a.example/hook"), QStringLiteral("Mailer"), true, 2),
        make(120, QStringLiteral("https://c.example/12"), QStringLiteral("Catalogue"), true, 4),
    };
    if (withHealth) {
        const QDateTime soon(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        list[0].health = failing(1, soon.addSecs(3600));
        list[1].health = failing(2, soon.addSecs(3600));
        list[2].health = healthy();
        list[3].health = failing(1, soon);
    }
    return list;
}

QList<qint64> idsOf(const SubscriptionList &list)
{
    QList<qint64> ids;
    for (const Subscription &s : list)
        ids << s.id.value_or(-1);
    return ids;
}

// Parses `arguments` with list's options, as webhookctl does.
Result<ListSelection> selectionFor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(CommandCatalogue::globalOptions());
    const QList<CommandSpec> all = CommandCatalogue::commands();
    parser.addOptions(CommandCatalogue::find(all, QStringLiteral("list"))->options);
    if (!parser.parse(QStringList{QStringLiteral("webhookctl"), QStringLiteral("list")} + arguments))
        return unexpected(parser.errorText());
    return ListSelection::fromParser(parser);
}

SubscriptionList applied(const QStringList &arguments, const SubscriptionList &list = serverList())
{
    const auto selection = selectionFor(arguments);
    if (!selection)
        qFatal("%s", qPrintable(selection.error()));
    const auto shown = selection->apply(list);
    if (!shown)
        qFatal("%s", qPrintable(shown.error()));
    return *shown;
}

}  // namespace

class TestListSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutOptionsTheListIsTheServers()
    {
        QCOMPARE(idsOf(applied({})), (QList<qint64>{3, 12, 7, 120}));
        QVERIFY(selectionFor({})->isIdentity());
    }

    void filtersCompose_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("enabled") << QStringList{QStringLiteral("--enabled")} << QList<qint64>{3, 7, 120};
        QTest::newRow("disabled") << QStringList{QStringLiteral("--disabled")} << QList<qint64>{12};
        QTest::newRow("failing") << QStringList{QStringLiteral("--failing")} << QList<qint64>{3, 12, 120};
        QTest::newRow("enabled and failing")
            << QStringList{QStringLiteral("--enabled"), QStringLiteral("--failing")} << QList<qint64>{3, 120};
        QTest::newRow("search in the URL, any case")
            << QStringList{QStringLiteral("--search"), QStringLiteral("SHOP")} << QList<qint64>{3};
        QTest::newRow("search in the description, non-ASCII")
            << QStringList{QStringLiteral("--search=ä-konto")} << QList<qint64>{12};
        // Digits also match ids (12, 120) and, as any text, URLs (".../12").
        QTest::newRow("digits match ids")
            << QStringList{QStringLiteral("--search"), QStringLiteral(" 12 ")} << QList<qint64>{12, 120};
        QTest::newRow("search and filter")
            << QStringList{QStringLiteral("--search=example"), QStringLiteral("--disabled")} << QList<qint64>{12};
        QTest::newRow("nothing matches") << QStringList{QStringLiteral("--search=nowhere")} << QList<qint64>{};
    }

    void filtersCompose()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<qint64>, ids);
        QCOMPARE(idsOf(applied(arguments)), ids);
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("id") << QStringLiteral("id") << QList<qint64>{3, 7, 12, 120};
        QTest::newRow("-id") << QStringLiteral("-id") << QList<qint64>{120, 12, 7, 3};
        QTest::newRow("url") << QStringLiteral("url") << QList<qint64>{7, 12, 120, 3};
        QTest::newRow("description, any case") << QStringLiteral("Description") << QList<qint64>{12, 120, 7, 3};
        QTest::newRow("created") << QStringLiteral("created") << QList<qint64>{12, 7, 3, 120};
        QTest::newRow("-created") << QStringLiteral("-created") << QList<qint64>{120, 3, 7, 12};
        // Ties keep the server's order.
        QTest::newRow("enabled first") << QStringLiteral("enabled") << QList<qint64>{3, 7, 120, 12};
        // Failing first, then the soonest to give up, then the most retries pending.
        QTest::newRow("health") << QStringLiteral("health") << QList<qint64>{120, 12, 3, 7};
        QTest::newRow("-health") << QStringLiteral("-health") << QList<qint64>{7, 3, 12, 120};
    }

    void sorts()
    {
        QFETCH(QString, sort);
        QFETCH(QList<qint64>, ids);
        QCOMPARE(idsOf(applied({QStringLiteral("--sort"), sort})), ids);
    }

    void aSubscriptionWithoutIdSortsLastByIdAndIsKept()
    {
        SubscriptionList list = serverList();
        list[1].id.reset();
        QCOMPARE(idsOf(applied({QStringLiteral("--sort=id")}, list)), (QList<qint64>{3, 7, 120, -1}));
    }

    void contradictionsAndUnknownColumnsAreNamed()
    {
        const auto both = selectionFor({QStringLiteral("--enabled"), QStringLiteral("--disabled")});
        QVERIFY(!both);
        QVERIFY2(both.error().contains(QStringLiteral("--enabled")), qPrintable(both.error()));
        const auto unknown = selectionFor({QStringLiteral("--sort"), QStringLiteral("colour")});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("\"colour\"")), qPrintable(unknown.error()));
        QVERIFY2(unknown.error().contains(QStringLiteral("health")), qPrintable(unknown.error()));
    }

    void failingAgainstTheDocumentedApiIsAnErrorNotAnEmptyList()
    {
        const auto selection = selectionFor({QStringLiteral("--failing")});
        QVERIFY(selection);
        const auto shown = selection->apply(serverList(false));
        QVERIFY(!shown);
        QVERIFY2(shown.error().contains(QStringLiteral("health")), qPrintable(shown.error()));
        // An empty list tells nothing about health: it stays an empty answer.
        QVERIFY(selection->apply({}));
        // The other filters work without health.
        QCOMPARE(idsOf(applied({QStringLiteral("--disabled")}, serverList(false))), (QList<qint64>{12}));
    }

    void sortColumnsAreWhatCompletionOffers()
    {
        QCOMPARE(CommandCatalogue::fixedValues(QStringLiteral("sort")), ListSelection::sortColumnNames());
        for (const QString &column : ListSelection::sortColumnNames())
            QVERIFY2(selectionFor({QStringLiteral("--sort"), column}), qPrintable(column));
    }
};

QTEST_GUILESS_MAIN(TestListSelection)
#include "tst_listselection.moc"
