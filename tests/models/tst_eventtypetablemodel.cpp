#include "models/EventTypeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using Model = EventTypeTableModel;

class TestEventTypeTableModel : public QObject
{
    Q_OBJECT

private:
    static EventTypeList types()
    {
        return {
            {QStringLiteral("order.created"), QStringLiteral("An order was placed")},
            {QStringLiteral("invoice.paid"), QStringLiteral("Payment received for an ORDER")},
            {QStringLiteral("customer.deleted"), QString()},
        };
    }

private Q_SLOTS:
    void loadDisplayAndRoles()
    {
        Model model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEventTypes(types());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(1, Model::EventColumn).data().toString(), QStringLiteral("invoice.paid"));
        QCOMPARE(model.index(1, Model::DescriptionColumn).data().toString(),
                 QStringLiteral("Payment received for an ORDER"));
        QCOMPARE(model.index(2, Model::DescriptionColumn).data().toString(), QString());
        QCOMPARE(model.index(1, Model::EventColumn).data(Model::EventNameRole).toString(),
                 QStringLiteral("invoice.paid"));
        QCOMPARE(qvariant_cast<EventType>(model.index(0, 1).data(Model::EventTypeRole)), types().at(0));
        QCOMPARE(model.headerData(Model::EventColumn, Qt::Horizontal).toString(), QStringLiteral("Event"));
        QCOMPARE(model.rowForEvent(QStringLiteral("customer.deleted")), 2);
        QCOMPARE(model.rowForEvent(QStringLiteral("nope")), -1);
        QCOMPARE(model.eventTypeAt(0), types().at(0));

        // The same list again (a refresh that changed nothing) does not reset.
        model.setEventTypes(types());
        QCOMPARE(reset.size(), 1);
        EventTypeList changed = types();
        changed.removeAt(0);
        model.setEventTypes(changed);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowForEvent(QStringLiteral("customer.deleted")), 1);
        QCOMPARE(model.rowForEvent(QStringLiteral("order.created")), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(reset.size(), 3);
    }

    void searchProxyMatchesAnyColumn()
    {
        Model model;
        QObject owner;
        QSortFilterProxyModel *proxy = Model::makeSearchProxy(&model, &owner);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, proxy);
        model.setEventTypes(types());
        proxy->setFilterFixedString(QStringLiteral("order"));
        QCOMPARE(proxy->rowCount(), 2);  // name of one, description of the other (any case)
        proxy->setFilterFixedString(QStringLiteral("deleted"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterFixedString(QStringLiteral("a.b("));  // fixed string: no regex surprises
        QCOMPARE(proxy->rowCount(), 0);
        proxy->setFilterFixedString(QString());
        proxy->sort(Model::EventColumn);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("customer.deleted"));
        QCOMPARE(proxy->index(2, 0).data().toString(), QStringLiteral("order.created"));
        model.setEventTypes({{QStringLiteral("b"), {}}, {QStringLiteral("A"), {}}});
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("A"));  // case-insensitive
    }
};

QTEST_MAIN(TestEventTypeTableModel)
#include "tst_eventtypetablemodel.moc"
