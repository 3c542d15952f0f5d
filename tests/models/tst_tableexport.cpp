// TableExport on the real table and filter proxy: the shown rows in the shown order, the given
// columns under their titles, check boxes as yes/no, formulas defused; JSON with the API's names.
// The CSV is read back with Python's csv module (an independent parser).

#include "ModelTestData.h"
#include "kit/PythonCsv.h"
#include "kit/Require.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "models/TableExport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ModelTestData;

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasTheShownRowsAndColumns()
    {
        WEBHOOK_REQUIRE(!PythonCsv::python().isEmpty(), "python3 is needed to read CSV back");
        SubscriptionTableModel table;
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setSubscriptions(SubscriptionList{
            subscription(1, QStringLiteral("https://a.example/1"), QStringLiteral("+49 shop, \"main\""), true),
            subscription(2, QStringLiteral("https://a.example/2"), QStringLiteral("other"), false),
            subscription(3, QStringLiteral("@shop"), QString::fromUtf8("Shop 漢字\nsecond line"), false),
            subscription(std::nullopt, QStringLiteral("https://a.example/none"), std::nullopt, true),
        });
        proxy.setSearchText(QStringLiteral("shop"));
        proxy.sort(SubscriptionTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2);

        const QList<int> columns{SubscriptionTableModel::EnabledColumn, SubscriptionTableModel::IdColumn,
                                 SubscriptionTableModel::UrlColumn, SubscriptionTableModel::DescriptionColumn};
        const QByteArray csv = TableExport::csv(proxy, columns);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QString error;
        const auto rows = PythonCsv::parse(csv, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(*rows,
                 (QList<QStringList>{
                     {proxy.headerData(columns[0], Qt::Horizontal).toString(),
                      proxy.headerData(columns[1], Qt::Horizontal).toString(),
                      proxy.headerData(columns[2], Qt::Horizontal).toString(),
                      proxy.headerData(columns[3], Qt::Horizontal).toString()},
                     {QStringLiteral("no"), QStringLiteral("3"), QStringLiteral("'@shop"),
                      QString::fromUtf8("Shop 漢字\nsecond line")},
                     {QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("https://a.example/1"),
                      QStringLiteral("'+49 shop, \"main\"")},
                 }));
    }

    void jsonHasTheApiFieldNames()
    {
        SubscriptionTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Subscription known = subscription(7, QStringLiteral("=not-a-formula-here"), QStringLiteral("-x"), false);
        known.events = QStringList{QStringLiteral("order.created")};
        table.setSubscriptions(
            SubscriptionList{known, subscription(std::nullopt, QStringLiteral("https://a.example/none"))});
        const QJsonArray array = QJsonDocument::fromJson(TableExport::subscriptionsJson(table)).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(first.value(QStringLiteral("url")).toString(), QStringLiteral("=not-a-formula-here"));
        QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("-x"));
        QCOMPARE(first.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("order.created")});
        QCOMPARE(first.value(QStringLiteral("created_at")).toString(), known.createdAt.toString(Qt::ISODate));
        const QJsonObject second = array[1].toObject();
        QVERIFY(second.value(QStringLiteral("id")).isNull());
        QVERIFY(second.value(QStringLiteral("description")).isNull());
        QVERIFY(!second.contains(QStringLiteral("events")));  // not known: not claimed to be none
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
