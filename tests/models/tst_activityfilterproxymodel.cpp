#include "models/ActivityFilterProxyModel.h"
#include "models/ActivityTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

ActivityTableModel::Row row(qint64 seq, std::optional<qint64> id, const QString &url)
{
    ActivityTableModel::Row r;
    r.seq = seq;
    // 12:12 on the 12th: a plain substring search for "12" would match every row.
    r.time = QDateTime(QDate(2026, 12, 12), QTime(12, 12), Qt::UTC).addSecs(seq);
    r.user = QStringLiteral("anna");
    r.kind = QStringLiteral("Disable");
    r.subscriptionId = id;
    r.url = url;
    r.change = QStringLiteral("enabled: on → off");
    r.result = QStringLiteral("Confirmed");
    return r;
}

QList<qint64> shownSeqs(const QAbstractItemModel &m)
{
    QList<qint64> out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.index(i, 0).data(ActivityTableModel::SeqRole).toLongLong();
    return out;
}

}  // namespace

class TestActivityFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndSearches()
    {
        ActivityTableModel model;
        ActivityFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({row(1, 12, QStringLiteral("https://a.example/12")),
                       row(2, 7, QStringLiteral("https://b.example/")),
                       row(3, std::nullopt, QStringLiteral("https://c.example/")),
                       row(4, 12, QStringLiteral("https://a.example/12"))});
        QCOMPARE(shownSeqs(proxy), (QList<qint64>{4, 3, 2, 1}));

        proxy.setSearch(QStringLiteral("12"));  // an id: exactly subscription 12
        QCOMPARE(shownSeqs(proxy), (QList<qint64>{4, 1}));
        proxy.setSearch(QStringLiteral(" 7 "));
        QCOMPARE(shownSeqs(proxy), QList<qint64>{2});
        proxy.setSearch(QStringLiteral("B.EXAMPLE"));  // text: anywhere, any case
        QCOMPARE(shownSeqs(proxy), QList<qint64>{2});
        proxy.setSearch(QStringLiteral("2026-12-12"));  // the ISO date, whatever the locale shows
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setSearch(QString());
        QCOMPARE(proxy.rowCount(), 4);

        // New rows keep the order.
        model.updateFrom(5, {row(5, 7, QStringLiteral("https://b.example/"))});
        QCOMPARE(shownSeqs(proxy), (QList<qint64>{5, 4, 3, 2, 1}));
    }

    void oneSubscriptionOrNothing()
    {
        ActivityTableModel model;
        ActivityFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({row(1, 12, QString()), row(2, 7, QString()), row(3, std::nullopt, QString())});
        proxy.setSubscription(7);
        QCOMPARE(shownSeqs(proxy), QList<qint64>{2});
        proxy.setNothing();
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSubscription(12);
        QCOMPARE(shownSeqs(proxy), QList<qint64>{1});
        proxy.setSearch(QStringLiteral("7"));  // both: subscription 12 and id 7 match nothing
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestActivityFilterProxyModel)
#include "tst_activityfilterproxymodel.moc"
