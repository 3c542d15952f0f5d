#include "models/TimeText.h"
#include "models/DeliveryTableModel.h"

#include "ModelTestData.h"
#include "kit/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ModelTestData;
using Model = DeliveryTableModel;

class TestDeliveryTableModel : public QObject
{
    Q_OBJECT

private:
    static DeliveryPage page(const DeliveryList &items, int total = -1, int offset = 0)
    {
        DeliveryPage p;
        p.items = items;
        p.total = total < 0 ? int(items.size()) : total;
        p.limit = 50;
        p.offset = offset;
        return p;
    }
    static void verifyIndex(const Model &m)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            QCOMPARE(m.rowForId(m.index(r, 0).data(Model::IdRole).toLongLong()), r);
    }

private Q_SLOTS:
    void displayOfEachState()
    {
        FakeClock clock;
        clock.setUtcStart(utc(27, 12, 0));
        Model model(&clock);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        model.setLocale(locale);

        Delivery retrying = delivery(1, QStringLiteral("retrying"), 3);
        retrying.lastStatusCode = 503;
        retrying.nextAttemptAt = utc(27, 13, 0);
        Delivery failed = delivery(2, QStringLiteral("failed"), 49);
        failed.lastError = QStringLiteral("connection refused");
        Delivery pending = delivery(3, QStringLiteral("pending"), 0);
        Delivery delivered = delivery(4, QStringLiteral("delivered"), 1);
        delivered.lastStatusCode = 200;
        Delivery odd = delivery(5, QStringLiteral("paused"), 2);
        odd.lastStatusCode = 500;
        odd.lastError = QStringLiteral("timeout after 10s");

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy pageChanged(&model, &Model::pageChanged);
        model.setPage(page({retrying, failed, pending, delivered, odd}, 120));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(pageChanged.size(), 1);
        QCOMPARE(model.total(), 120);
        QCOMPARE(model.rowCount(), 5);

        auto cell = [&model](qint64 id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowForId(id), column).data(role);
        };
        QCOMPARE(cell(1, Model::EventColumn).toString(), QStringLiteral("order.created"));
        QCOMPARE(cell(1, Model::CreatedColumn).toString(), TimeText::format(utc(27, 10), locale));
        QCOMPARE(cell(1, Model::StatusColumn).toString(), QStringLiteral("Retrying"));
        QCOMPARE(cell(1, Model::AttemptsColumn).toString(), QStringLiteral("3 of 49"));
        QCOMPARE(cell(1, Model::AttemptsColumn, Qt::ToolTipRole).toString(), QStringLiteral("46 attempts left"));
        QCOMPARE(cell(1, Model::LastResultColumn).toString(), QStringLiteral("HTTP 503"));
        QCOMPARE(cell(1, Model::NextAttemptColumn).toString(), TimeText::format(utc(27, 13), locale));
        QVERIFY(cell(1, Model::NextAttemptColumn, Qt::ToolTipRole).toString().endsWith(QStringLiteral("(in 1 hour)")));
        QCOMPARE(cell(1, Model::GivesUpAtColumn).toString(), TimeText::format(utc(29, 10), locale));
        QCOMPARE(cell(1, 0, Model::StatusRole).toInt(), int(Model::Retrying));
        QCOMPARE(cell(1, 0, Model::StatusTextRole).toString(), QStringLiteral("retrying"));
        QVERIFY(cell(1, Model::StatusColumn, Qt::DecorationRole).isValid());
        QCOMPARE(qvariant_cast<Delivery>(cell(1, 0, Model::DeliveryRole)), retrying);

        QCOMPARE(cell(2, Model::StatusColumn).toString(), QStringLiteral("Failed"));
        QCOMPARE(cell(2, Model::AttemptsColumn).toString(), QStringLiteral("49 of 49"));
        QCOMPARE(cell(2, Model::LastResultColumn).toString(), QStringLiteral("connection refused"));
        QCOMPARE(cell(2, Model::NextAttemptColumn).toString(), QStringLiteral("\u2014"));
        QVERIFY(!cell(2, Model::AttemptsColumn, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(3, Model::LastResultColumn).toString(), QStringLiteral("Not attempted yet"));
        QCOMPARE(cell(3, Model::StatusColumn).toString(), QStringLiteral("Pending"));
        QCOMPARE(cell(4, Model::StatusColumn).toString(), QStringLiteral("Delivered"));
        QCOMPARE(cell(4, Model::LastResultColumn).toString(), QStringLiteral("HTTP 200"));
        // Unknown status strings are shown as sent; an error next to a status is in the tooltip.
        QCOMPARE(cell(5, Model::StatusColumn).toString(), QStringLiteral("paused"));
        QCOMPARE(cell(5, 0, Model::StatusRole).toInt(), int(Model::Unknown));
        QCOMPARE(cell(5, Model::LastResultColumn, Qt::ToolTipRole).toString(), QStringLiteral("timeout after 10s"));

        // Sort roles are raw values.
        QCOMPARE(cell(1, Model::AttemptsColumn, Model::SortRole).toInt(), 3);
        QCOMPARE(cell(1, Model::NextAttemptColumn, Model::SortRole).toDateTime(), utc(27, 13));
        QSortFilterProxyModel proxy;
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        proxy.setSourceModel(&model);
        proxy.setSortRole(Model::SortRole);
        proxy.sort(Model::AttemptsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Model::IdRole).toLongLong(), 2);
        QCOMPARE(proxy.index(4, 0).data(Model::IdRole).toLongLong(), 3);
        proxy.sort(Model::LastResultColumn);
        QCOMPARE(proxy.index(0, 0).data(Model::IdRole).toLongLong(), 4);  // HTTP 200 first

        // The clock moves: tooltips with relative times are repainted.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(2 * 60 * 60 * 1000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(cell(1, Model::NextAttemptColumn, Qt::ToolTipRole).toString().endsWith(QStringLiteral("(1 hour ago)")));
    }

    void refreshingAPageIsDiffed()
    {
        Model model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        model.setPage(page({delivery(10, QStringLiteral("retrying"), 1), delivery(9, QStringLiteral("retrying"), 2),
                            delivery(8, QStringLiteral("delivered")), delivery(7, QStringLiteral("failed"), 49)}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new delivery on top, 9 made another attempt, 7 dropped off the page.
        model.setPage(page({delivery(11, QStringLiteral("pending"), 0), delivery(10, QStringLiteral("retrying"), 1),
                            delivery(9, QStringLiteral("retrying"), 3), delivery(8, QStringLiteral("delivered"))},
                           9));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
        QCOMPARE(model.index(2, Model::AttemptsColumn).data().toString(), QStringLiteral("3 of 49"));
        QCOMPARE(model.total(), 9);
        verifyIndex(model);

        // The same page again: silent.
        inserted.clear();
        removed.clear();
        changed.clear();
        model.setPage(page({delivery(11, QStringLiteral("pending"), 0), delivery(10, QStringLiteral("retrying"), 1),
                            delivery(9, QStringLiteral("retrying"), 3), delivery(8, QStringLiteral("delivered"))},
                           9));
        QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);

        // The next page: all rows replaced (one removal run, one insert batch).
        model.setPage(
            page({delivery(3, QStringLiteral("failed"), 49), delivery(2, QStringLiteral("failed"), 49)}, 9, 4));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.offset(), 4);
        verifyIndex(model);

        // Reordered: a reset. Duplicated ids are shown once.
        model.setPage(page({delivery(2, QStringLiteral("failed"), 49), delivery(3, QStringLiteral("failed"), 49),
                            delivery(3, QStringLiteral("failed"), 49)}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        verifyIndex(model);

        // One delivery updated after a retry; unknown ids are refused.
        Delivery retried = delivery(3, QStringLiteral("retrying"), 49);
        changed.clear();
        QVERIFY(model.updateDelivery(retried));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.deliveryAt(model.rowForId(3)).status, QStringLiteral("retrying"));
        QVERIFY(!model.updateDelivery(delivery(99, QStringLiteral("failed"))));
        QCOMPARE(model.rowForId(99), -1);

        model.setPage(page({}));
        QCOMPARE(model.rowCount(), 0);
        model.setPage(page({delivery(1, QStringLiteral("pending"), 0)}));
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowForId(1), -1);
    }

    void statusNames()
    {
        QCOMPARE(Model::statusFromString(QStringLiteral("delivered")), Model::Delivered);
        QCOMPARE(Model::statusFromString(QStringLiteral("")), Model::Unknown);
        QCOMPARE(Model::statusDisplayName(Model::Failed), QStringLiteral("Failed"));
        Model model;
        QCOMPARE(model.headerData(Model::AttemptsColumn, Qt::Horizontal).toString(), QStringLiteral("Attempts"));
        QCOMPARE(model.headerData(Model::GivesUpAtColumn, Qt::Horizontal).toString(), QStringLiteral("Gives up at"));
    }
};

QTEST_MAIN(TestDeliveryTableModel)
#include "tst_deliverytablemodel.moc"
