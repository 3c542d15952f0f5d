#include "models/ActivityTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

ActivityTableModel::Row row(qint64 seq, ActivityTableModel::Outcome outcome = ActivityTableModel::Outcome::Confirmed,
                            std::optional<qint64> id = 7)
{
    ActivityTableModel::Row r;
    r.seq = seq;
    r.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seq * 1000, Qt::UTC);
    r.user = QStringLiteral("anna");
    r.kind = QStringLiteral("Disable");
    r.subscriptionId = id;
    r.url = QStringLiteral("https://hooks.example.com/%1").arg(seq);
    r.change = QStringLiteral("enabled: on → off");
    r.result = outcome == ActivityTableModel::Outcome::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("sent");
    r.outcome = outcome;
    return r;
}

QList<qint64> seqs(const ActivityTableModel &m)
{
    QList<qint64> out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.rowAt(i).seq;
    return out;
}

}  // namespace

class TestActivityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRowsAndIndexesThem();
    void updateFromChangesRemovesAndAppendsInBatches();
    void updateFromOutOfOrderIsAReset();
    void olderRowsArePrependedInOneBatch();
    void searchRoleFindsByEveryColumn();

private:
    std::unique_ptr<ActivityTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityTableModel::init()
{
    m_model = std::make_unique<ActivityTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestActivityTableModel::showsRowsAndIndexesThem()
{
    m_model->setRows({row(1), row(2), row(5, ActivityTableModel::Outcome::Uncertain, std::nullopt)});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ActivityTableModel::ColumnCount));
    QCOMPARE(m_model->rowForSeq(5), 2);
    QCOMPARE(m_model->rowForSeq(3), -1);
    QCOMPARE(m_model->lastSeq(), 5);
    QCOMPARE(m_model->index(0, ActivityTableModel::SubscriptionColumn).data().toLongLong(), 7);
    QVERIFY(!m_model->index(2, ActivityTableModel::SubscriptionColumn).data().isValid());
    QCOMPARE(m_model->index(0, ActivityTableModel::ChangeColumn).data().toString(),
             QStringLiteral("enabled: on → off"));
    QVERIFY(!m_model->index(0, ActivityTableModel::TimeColumn).data().toString().isEmpty());
    QVERIFY(m_model->index(2, ActivityTableModel::ResultColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->index(0, ActivityTableModel::ResultColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->headerData(ActivityTableModel::UserColumn, Qt::Horizontal).toString(), QStringLiteral("User"));
}

void TestActivityTableModel::updateFromChangesRemovesAndAppendsInBatches()
{
    using Outcome = ActivityTableModel::Outcome;
    m_model->setRows({row(1), row(2, Outcome::NotSent), row(3, Outcome::NotSent), row(4, Outcome::NotSent)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // From 2 on: 2 finished, 3 was discarded, 4 unchanged, 5 and 6 are new.
    m_model->updateFrom(2, {row(2), row(4, Outcome::NotSent), row(5), row(6)});
    QCOMPARE(seqs(*m_model), (QList<qint64>{1, 2, 4, 5, 6}));
    QCOMPARE(m_model->rowAt(1).outcome, Outcome::Confirmed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);  // both new rows in one batch
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowForSeq(6), 4);
    QCOMPARE(m_model->rowForSeq(3), -1);

    // Nothing new: no signal at all.
    changed.clear();
    inserted.clear();
    m_model->updateFrom(5, {row(5), row(6)});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
}

void TestActivityTableModel::updateFromOutOfOrderIsAReset()
{
    m_model->setRows({row(1), row(4)});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // A row between kept ones (the journal never does this) is still shown in order.
    m_model->updateFrom(1, {row(1), row(2), row(4)});
    QCOMPARE(seqs(*m_model), (QList<qint64>{1, 2, 4}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowForSeq(4), 2);
}

void TestActivityTableModel::olderRowsArePrependedInOneBatch()
{
    m_model->setRows({row(10), row(11)});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->prependRows({row(3), row(7)});
    QCOMPARE(seqs(*m_model), (QList<qint64>{3, 7, 10, 11}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowForSeq(11), 3);
    QCOMPARE(m_model->firstSeq(), 3);
    // Rows that are not older are merged in order, never shown twice.
    m_model->prependRows({row(7), row(8)});
    QCOMPARE(seqs(*m_model), (QList<qint64>{3, 7, 8, 10, 11}));
    m_model->prependRows({});
    QCOMPARE(m_model->rowCount(), 5);
}

void TestActivityTableModel::searchRoleFindsByEveryColumn()
{
    m_model->setRows({row(1), row(2, ActivityTableModel::Outcome::Confirmed, 4242)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setFilterRole(ActivityTableModel::SearchRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("4242"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("HOOKS.EXAMPLE.COM/1"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("2023-11-14"));  // the ISO date, whatever the locale shows
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(QStringLiteral("anna"));
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestActivityTableModel)
#include "tst_activitytablemodel.moc"
