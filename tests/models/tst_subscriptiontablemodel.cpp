#include "models/TimeText.h"
#include "models/DeliveryTableModel.h"
#include "models/SubscriptionTableModel.h"

#include "ModelTestData.h"
#include "kit/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTestData;
using Model = SubscriptionTableModel;

class TestSubscriptionTableModel : public QObject
{
    Q_OBJECT

private:
    // Every test runs the model under the tester, which aborts on any broken invariant.
    std::unique_ptr<Model> makeModel(const Clock *clock = nullptr)
    {
        auto model = std::make_unique<Model>(clock);
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, model.get());
        return model;
    }

    static QString text(const Model &m, qint64 id, int column) { return m.indexForId(id, column).data().toString(); }
    static Qt::CheckState check(const Model &m, qint64 id)
    {
        return Qt::CheckState(m.indexForId(id, Model::EnabledColumn).data(Qt::CheckStateRole).toInt());
    }
    static bool pending(const Model &m, qint64 id) { return m.indexForId(id).data(Model::PendingRole).toBool(); }
    static void verifyIndex(const Model &m)
    {
        for (int r = 0; r < m.rowCount(); ++r) {
            const QVariant id = m.index(r, 0).data(Model::IdRole);
            if (id.isValid())
                QCOMPARE(m.rowForId(id.toLongLong()), r);
        }
    }

private Q_SLOTS:
    void loadInsertsOnceAndIndexes()
    {
        auto m = makeModel();
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        m->setSubscriptions(ids({10, 20, 30, 40}));
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->columnCount(), int(Model::ColumnCount));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m->rowForId(30), 2);
        QCOMPARE(m->rowForId(99), -1);
        QVERIFY(!m->indexForId(99).isValid());
        QCOMPARE(text(*m, 20, Model::IdColumn), QStringLiteral("20"));
        QCOMPARE(text(*m, 20, Model::UrlColumn), QStringLiteral("https://hooks.example.com/20"));
        QCOMPARE(text(*m, 20, Model::DescriptionColumn), QStringLiteral("Endpoint 20"));
        QCOMPARE(check(*m, 20), Qt::Checked);
        QCOMPARE(m->headerData(Model::UrlColumn, Qt::Horizontal).toString(), QStringLiteral("URL"));
    }

    void displayAndSortRoles()
    {
        auto m = makeModel();
        Subscription s = withId(7, false);
        s.events = QStringList{QStringLiteral("order.created"), QStringLiteral("order.paid")};
        m->setSubscriptions(SubscriptionList{s});
        QCOMPARE(text(*m, 7, Model::EventsColumn), QStringLiteral("order.created, order.paid"));
        QCOMPARE(check(*m, 7), Qt::Unchecked);
        const QModelIndex id = m->indexForId(7, Model::IdColumn);
        QCOMPARE(id.data(Model::SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(id.data(Model::SortRole).toLongLong(), 7);
        QCOMPARE(id.data(Model::IdRole).toLongLong(), 7);
        QCOMPARE(m->indexForId(7, Model::CreatedColumn).data(Model::SortRole).toDateTime(), s.createdAt);
        QCOMPARE(m->indexForId(7, Model::EnabledColumn).data(Model::SortRole).toBool(), false);
        QCOMPARE(m->indexForId(7, Model::UrlColumn).data(Model::SortRole).toString(), s.url);
        QCOMPARE(qvariant_cast<Subscription>(id.data(Model::SubscriptionRole)), s);
        QCOMPARE(qvariant_cast<Subscription>(id.data(Model::ServerSubscriptionRole)), s);
        QCOMPARE(id.data(Model::SearchTextRole).toString(),
                 QStringLiteral("7\nhttps://hooks.example.com/7\nendpoint 7"));
        QVERIFY(id.data(Model::EditableRole).toBool());
        QVERIFY(!id.data(Model::FailingRole).toBool());
    }

    void createdUsesInjectedLocale()
    {
        auto m = makeModel();
        const Subscription s = withId(3);
        m->setSubscriptions(SubscriptionList{s});
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        const QLocale german(QLocale::German, QLocale::Germany);
        m->setLocale(german);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(*m, 3, Model::CreatedColumn), TimeText::format(s.createdAt, german));
        // German order, to the second: "04.11.26 10:30:00".
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                     .match(text(*m, 3, Model::CreatedColumn))
                     .hasMatch(),
                 qPrintable(text(*m, 3, Model::CreatedColumn)));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        m->setLocale(us);
        QCOMPARE(text(*m, 3, Model::CreatedColumn), TimeText::format(s.createdAt, us));
        QCOMPARE(m->indexForId(3, Model::CreatedColumn).data(Qt::ToolTipRole).toString(),
                 us.toString(s.createdAt.toLocalTime(), QLocale::LongFormat));
    }

    void nullIdsAndNullDescriptions()
    {
        auto m = makeModel();
        SubscriptionList list{
            subscription(std::nullopt, QStringLiteral("https://a.example/"), std::nullopt),
            subscription(5, QStringLiteral("https://b.example/"), std::nullopt),
            subscription(std::nullopt, QStringLiteral("https://c.example/"), QStringLiteral("C")),
        };
        m->setSubscriptions(list);
        QCOMPARE(m->rowCount(), 3);
        const QModelIndex nullRow = m->index(0, Model::EnabledColumn);
        QVERIFY(!(m->flags(nullRow) & Qt::ItemIsUserCheckable));
        QVERIFY(!(m->flags(nullRow) & Qt::ItemIsEditable));
        QVERIFY(m->flags(m->index(1, Model::EnabledColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(!m->index(0, 0).data(Model::IdRole).isValid());
        QVERIFY(!m->index(0, 0).data(Model::EditableRole).toBool());
        QCOMPARE(m->index(0, Model::IdColumn).data().toString(), QStringLiteral("\u2014"));
        QVERIFY(!m->index(0, Model::IdColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(m->index(1, Model::DescriptionColumn).data().toString(), QString());
        QCOMPARE(m->index(0, 0).data(Model::SearchTextRole).toString(), QStringLiteral("\nhttps://a.example/\n"));
        QVERIFY(!m->index(1, Model::EventsColumn).data(Qt::ToolTipRole).toString().isEmpty());

        // Not toggleable: setData is refused and nothing is requested.
        QSignalSpy requested(m.get(), &Model::enabledToggleRequested);
        QVERIFY(!m->setData(nullRow, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 0);

        // A refresh keeps id-less rows by their order among id-less rows: no remove/insert.
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        list[2].url = QStringLiteral("https://c2.example/");
        m->setSubscriptions(list);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(m->index(2, Model::UrlColumn).data().toString(), QStringLiteral("https://c2.example/"));

        // A third id-less row is an insert at the end.
        list << subscription(std::nullopt, QStringLiteral("https://d.example/"));
        m->setSubscriptions(list);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m->rowCount(), 4);
        // upsert of an id-less value appends.
        m->upsert(subscription(std::nullopt, QStringLiteral("https://e.example/")));
        QCOMPARE(m->rowCount(), 5);
        verifyIndex(*m);
    }

    void refreshDiffsRemovalsInsertsAndChanges()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2, 3, 4, 5}));
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);

        SubscriptionList next = ids({1, 3, 5, 6, 7});
        next[1].url = QStringLiteral("https://changed.example/3");
        m->setSubscriptions(next);

        QCOMPARE(reset.size(), 0);
        // Bottom-up: id 4 (row 3) first, then id 2 (row 1).
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        QCOMPARE(removed.at(1).at(1).toInt(), 1);
        QCOMPARE(removed.at(1).at(2).toInt(), 1);
        // One insert for the batch 6, 7.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        // Only the changed row, with roles.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(Model::SortRole));
        QCOMPARE(text(*m, 3, Model::UrlColumn), QStringLiteral("https://changed.example/3"));
        QCOMPARE(m->rowCount(), 5);
        verifyIndex(*m);
        QCOMPARE(m->rowForId(2), -1);
        QCOMPARE(m->rowForId(7), 4);

        // An identical refresh signals nothing.
        inserted.clear();
        removed.clear();
        changed.clear();
        m->setSubscriptions(next);
        QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);
    }

    void refreshRemovesContiguousRunsOnce()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2, 3, 4, 5, 6}));
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        m->setSubscriptions(ids({1, 5, 6}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        verifyIndex(*m);
        // Everything removed and replaced: one remove run, one insert batch.
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        removed.clear();
        m->setSubscriptions(ids({8, 9}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m->rowCount(), 2);
        verifyIndex(*m);
        // Insert in the middle and at the front.
        inserted.clear();
        m->setSubscriptions(ids({7, 8, 10, 11, 9}));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m->rowForId(9), 4);
        verifyIndex(*m);
    }

    void refreshThatReordersResets()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2, 3}));
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        m->setSubscriptions(ids({3, 2, 1}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m->rowForId(3), 0);
        QCOMPARE(m->rowForId(1), 2);
        verifyIndex(*m);
    }

    void duplicateIdsInAnswerStayConsistent()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2}));
        m->setSubscriptions(ids({1, 2, 2}));
        QCOMPARE(m->rowCount(), 3);
        QVERIFY(m->rowForId(2) >= 1);
        m->setSubscriptions(ids({1, 2}));
        QCOMPARE(m->rowCount(), 2);
        verifyIndex(*m);
    }

    void upsertAndRemove()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2, 3, 4}));
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        Subscription two = withId(2);
        two.description = std::nullopt;
        m->upsert(two);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(*m, 2, Model::DescriptionColumn), QString());
        m->upsert(two);  // unchanged: silent
        QCOMPARE(changed.size(), 1);
        m->upsert(withId(9));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m->rowForId(9), 4);

        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m->remove(2));
        QVERIFY(!m->remove(2));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m->rowForId(3), 1);  // the tail moved up
        QCOMPARE(m->rowForId(9), 3);
        verifyIndex(*m);

        // removeIds: rows 0 and 2,3 form two runs.
        m->upsert(withId(10));
        removed.clear();
        QCOMPARE(m->removeIds({1, 4, 9, 12345}), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->rowForId(3), 0);
        QCOMPARE(m->rowForId(10), 1);
        verifyIndex(*m);
    }

    void appendBatchAndClear()
    {
        auto m = makeModel();
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        m->appendBatch(ids({1, 2, 3}));
        m->appendBatch(ids({4, 5}));
        m->appendBatch({});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m->rowCount(), 5);
        QCOMPARE(m->rowForId(5), 4);
        verifyIndex(*m);
        // A later refresh diffs against the batched rows.
        m->setSubscriptions(ids({1, 2, 3, 4, 5, 6}));
        QCOMPARE(inserted.size(), 3);
        m->clear();
        QCOMPARE(m->rowCount(), 0);
        QCOMPARE(m->rowForId(1), -1);
    }

    void checkboxOnlyRequestsToggle()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1}));
        QSignalSpy requested(m.get(), &Model::enabledToggleRequested);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        const QModelIndex idx = m->indexForId(1, Model::EnabledColumn);
        QVERIFY(m->flags(idx) & Qt::ItemIsUserCheckable);
        QVERIFY(m->setData(idx, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 1);
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        // The model itself changes nothing: the ui decides and calls setEnabledOptimistic.
        QCOMPARE(changed.size(), 0);
        QCOMPARE(check(*m, 1), Qt::Checked);
        // Other roles and columns are not editable.
        QVERIFY(!m->setData(m->indexForId(1, Model::UrlColumn), QStringLiteral("x"), Qt::EditRole));
        QVERIFY(!m->setData(idx, true, Qt::EditRole));
        QCOMPARE(requested.size(), 1);
    }

    void optimisticToggleThenConfirm()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2}));
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        const quint64 ticket = m->setEnabledOptimistic(1, false);
        QVERIFY(ticket > 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::CheckStateRole));
        QCOMPARE(check(*m, 1), Qt::Unchecked);  // shown at once
        QVERIFY(pending(*m, 1));
        QVERIFY(m->isPending(m->rowForId(1)));
        QVERIFY(qvariant_cast<QFont>(m->indexForId(1, Model::UrlColumn).data(Qt::FontRole)).italic());
        QCOMPARE(text(*m, 1, Model::EnabledColumn), QStringLiteral("Saving\u2026"));
        QVERIFY(m->indexForId(1, Model::EnabledColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(m->subscriptionAt(m->rowForId(1)).enabled, false);
        QCOMPARE(m->serverSubscriptionAt(m->rowForId(1)).enabled, true);
        QVERIFY(!pending(*m, 2));
        QVERIFY(!m->indexForId(2).data(Qt::FontRole).isValid());

        Subscription server = withId(1, false);
        QVERIFY(m->confirm(1, server, ticket));
        QVERIFY(!pending(*m, 1));
        QCOMPARE(check(*m, 1), Qt::Unchecked);
        QCOMPARE(m->serverSubscriptionAt(m->rowForId(1)).enabled, false);
        QCOMPARE(text(*m, 1, Model::EnabledColumn), QString());
        QVERIFY(!m->confirm(77, server));
        QCOMPARE(m->setEnabledOptimistic(77, true), quint64(0));
    }

    void optimisticToggleThenRollback()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1}));
        const quint64 ticket = m->setEnabledOptimistic(1, false);
        QCOMPARE(check(*m, 1), Qt::Unchecked);
        QVERIFY(m->rollback(1, QStringLiteral("The server answered 500."), ticket));
        QVERIFY(!pending(*m, 1));
        QCOMPARE(check(*m, 1), Qt::Checked);  // back to the server's state
        QCOMPARE(m->indexForId(1).data(Model::ErrorRole).toString(), QStringLiteral("The server answered 500."));
        QCOMPARE(text(*m, 1, Model::EnabledColumn), QStringLiteral("The server answered 500."));
        QVERIFY(m->indexForId(1, Model::UrlColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("The server answered 500.")));
        QVERIFY(m->indexForId(1, Model::EnabledColumn).data(Qt::DecorationRole).isValid());
        // A new attempt clears the old error; clearError clears it too.
        m->setEnabledOptimistic(1, false);
        QCOMPARE(m->errorAt(0), QString());
        m->rollback(1, QStringLiteral("again"));
        QCOMPARE(m->errorAt(0), QStringLiteral("again"));
        m->clearError(1);
        QCOMPARE(m->errorAt(0), QString());
        QVERIFY(!m->rollback(42, QStringLiteral("unknown")));
    }

    void doubleToggleShowsTheLastChoice()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1}));
        // enabled -> off -> on, both PATCHes in flight.
        const quint64 first = m->setEnabledOptimistic(1, false);
        const quint64 second = m->setEnabledOptimistic(1, true);
        QVERIFY(second > first);
        QCOMPARE(check(*m, 1), Qt::Checked);
        // The first answer arrives: the server says off, but the second write is still in flight.
        QVERIFY(m->confirm(1, withId(1, false), first));
        QVERIFY(pending(*m, 1));
        QCOMPARE(check(*m, 1), Qt::Checked);
        QCOMPARE(m->serverSubscriptionAt(0).enabled, false);
        // The second answer ends it.
        QVERIFY(m->confirm(1, withId(1, true), second));
        QVERIFY(!pending(*m, 1));
        QCOMPARE(check(*m, 1), Qt::Checked);
        // A stale duplicate of the first answer changes nothing.
        m->confirm(1, withId(1, false), first);
        QCOMPARE(check(*m, 1), Qt::Checked);
        QCOMPARE(m->serverSubscriptionAt(0).enabled, true);
    }

    void doubleToggleWhenTheLastFails()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1}));
        const quint64 first = m->setEnabledOptimistic(1, false);
        const quint64 second = m->setEnabledOptimistic(1, true);
        // The first fails while the second is in flight: the second decides, nothing visible.
        QVERIFY(m->rollback(1, QStringLiteral("first failed"), first));
        QVERIFY(pending(*m, 1));
        QCOMPARE(m->errorAt(0), QString());
        // The second fails too: back to the server's (unchanged) state with the error.
        QVERIFY(m->rollback(1, QStringLiteral("second failed"), second));
        QVERIFY(!pending(*m, 1));
        QCOMPARE(check(*m, 1), Qt::Checked);
        QCOMPARE(m->errorAt(0), QStringLiteral("second failed"));
        // A late failure of an already answered ticket is ignored.
        m->clearError(1);
        QVERIFY(m->rollback(1, QStringLiteral("late"), first));
        QCOMPARE(m->errorAt(0), QString());
    }

    void refreshKeepsPendingEdits()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1, 2, 3}));
        const quint64 ticket = m->setEnabledOptimistic(2, false);
        // The refresh still carries the old server state (enabled) and a changed URL.
        SubscriptionList refreshed = ids({1, 2, 3, 4});
        refreshed[1].url = QStringLiteral("https://moved.example/2");
        m->setSubscriptions(refreshed);
        QVERIFY(pending(*m, 2));
        QCOMPARE(check(*m, 2), Qt::Unchecked);
        QCOMPARE(text(*m, 2, Model::UrlColumn), QStringLiteral("https://moved.example/2"));
        // A reset-style refresh (reordered) keeps it too.
        m->setSubscriptions(ids({4, 3, 2, 1}));
        QVERIFY(pending(*m, 2));
        QCOMPARE(check(*m, 2), Qt::Unchecked);
        QVERIFY(m->confirm(2, withId(2, false), ticket));
        QCOMPARE(check(*m, 2), Qt::Unchecked);
        QVERIFY(!pending(*m, 2));
        // A pending write on a subscription that vanished from the server is dropped with it.
        const quint64 gone = m->setEnabledOptimistic(3, false);
        m->setSubscriptions(ids({4, 2, 1}));
        QVERIFY(!m->rollback(3, QStringLiteral("404"), gone));
        QCOMPARE(m->rowForId(3), -1);
        verifyIndex(*m);
    }

    void pendingPatchFields()
    {
        auto m = makeModel();
        m->setSubscriptions(ids({1}));
        SubscriptionPatch patch;
        patch.url = QStringLiteral("https://new.example/1");
        patch.description = QString();  // engaged null: set to null
        patch.events = QStringList{QStringLiteral("order.paid")};
        const quint64 ticket = m->setPending(1, patch);
        QVERIFY(ticket > 0);
        QCOMPARE(text(*m, 1, Model::UrlColumn), QStringLiteral("https://new.example/1"));
        QCOMPARE(text(*m, 1, Model::DescriptionColumn), QString());
        QCOMPARE(text(*m, 1, Model::EventsColumn), QStringLiteral("order.paid"));
        QCOMPARE(m->indexForId(1).data(Model::SearchTextRole).toString(), QStringLiteral("1\nhttps://new.example/1\n"));
        const Subscription shown = qvariant_cast<Subscription>(m->indexForId(1).data(Model::SubscriptionRole));
        QCOMPARE(shown.url, QStringLiteral("https://new.example/1"));
        QVERIFY(!shown.description.has_value());
        QCOMPARE(qvariant_cast<Subscription>(m->indexForId(1).data(Model::ServerSubscriptionRole)).url,
                 QStringLiteral("https://hooks.example.com/1"));
        QCOMPARE(m->setPending(1, SubscriptionPatch()), quint64(0));  // empty patch: nothing to do
        // Rollback restores every field.
        m->rollback(1, QStringLiteral("422: url"), ticket);
        QCOMPARE(text(*m, 1, Model::UrlColumn), QStringLiteral("https://hooks.example.com/1"));
        QCOMPARE(text(*m, 1, Model::DescriptionColumn), QStringLiteral("Endpoint 1"));
        QCOMPARE(text(*m, 1, Model::EventsColumn), QString());
        QCOMPARE(m->indexForId(1).data(Model::SearchTextRole).toString(),
                 QStringLiteral("1\nhttps://hooks.example.com/1\nendpoint 1"));
        // A confirm without events (list-style answer) keeps the known ones.
        Subscription withEvents = withId(1);
        withEvents.events = QStringList{QStringLiteral("a")};
        m->upsert(withEvents);
        const quint64 t2 = m->setEnabledOptimistic(1, false);
        m->confirm(1, withId(1, false), t2);
        QCOMPARE(text(*m, 1, Model::EventsColumn), QStringLiteral("a"));
    }

    void knownEventsSurviveAnswersWithoutThem()
    {
        auto m = makeModel();
        const auto headerTip = [&m] {
            return m->headerData(Model::EventsColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        };
        const QString title = m->headerData(Model::EventsColumn, Qt::Horizontal).toString();
        QCOMPARE(headerTip(), title);  // no rows: nothing to explain
        m->setSubscriptions(ids({1, 2, 3}));
        // No row's events are known (the vendor's answers never carry them): the header says why.
        QVERIFY(headerTip() != title);
        QVERIFY(!headerTip().isEmpty());
        QVERIFY(!m->indexForId(1, Model::EventsColumn).data(Qt::ToolTipRole).toString().isEmpty());

        // Events the console set (a confirmed PATCH) are known from then on.
        Subscription set = withId(1);
        set.events = QStringList{QStringLiteral("order.paid")};
        QVERIFY(m->confirm(1, set));
        QCOMPARE(headerTip(), title);
        // A refresh, a GET and a reordering refresh without events keep them.
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        m->setSubscriptions(ids({1, 2, 3}));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(text(*m, 1, Model::EventsColumn), QStringLiteral("order.paid"));
        m->upsert(withId(1));
        QCOMPARE(text(*m, 1, Model::EventsColumn), QStringLiteral("order.paid"));
        m->setSubscriptions(ids({3, 2, 1}));
        QCOMPARE(text(*m, 1, Model::EventsColumn), QStringLiteral("order.paid"));
        QVERIFY(qvariant_cast<Subscription>(m->indexForId(1).data(Model::ServerSubscriptionRole)).events);
        QVERIFY(!qvariant_cast<Subscription>(m->indexForId(2).data(Model::ServerSubscriptionRole)).events);
        // An answer that does report events wins, an empty list included: it is known, not unknown.
        Subscription none = withId(1);
        none.events = QStringList();
        m->upsert(none);
        QCOMPARE(text(*m, 1, Model::EventsColumn), QString());
        QCOMPARE(qvariant_cast<Subscription>(m->indexForId(1).data(Model::ServerSubscriptionRole)).events,
                 std::optional<QStringList>(QStringList()));
        QCOMPARE(headerTip(), title);
        // A new session starts without knowledge.
        m->clear();
        m->setSubscriptions(ids({1}));
        QVERIFY(headerTip() != title);
    }

    void healthColumn()
    {
        FakeClock clock;
        clock.setUtcStart(utc(27, 16, 0));
        auto m = makeModel(&clock);
        QSignalSpy healthChanged(m.get(), &Model::hasHealthChanged);
        m->setSubscriptions(ids({1, 2}));
        QVERIFY(!m->hasHealth());
        QCOMPARE(text(*m, 1, Model::HealthColumn), QString());
        QVERIFY(!m->indexForId(1, Model::HealthColumn).data(Qt::DecorationRole).isValid());

        Subscription failing = withId(1);
        failing.health = DeliverySummary{};
        failing.health->failingSince = utc(27, 13, 0);
        failing.health->lastDeliveryAt = utc(27, 15, 0);
        failing.health->lastDeliveryStatus = QStringLiteral("retrying");
        failing.health->pendingRetries = 3;
        failing.health->nextRetryAt = utc(27, 16, 40);
        Subscription ok = withId(2);
        ok.health = DeliverySummary{};
        ok.health->lastDeliveryAt = utc(27, 15, 0);
        ok.health->lastDeliveryStatus = QStringLiteral("delivered");
        Subscription fresh = withId(3);
        fresh.health = DeliverySummary{};
        Subscription retrying = withId(4);
        retrying.health = DeliverySummary{};
        retrying.health->pendingRetries = 1;
        m->setSubscriptions(SubscriptionList{failing, ok, fresh, retrying});
        QVERIFY(m->hasHealth());
        QCOMPARE(healthChanged.size(), 1);

        QCOMPARE(text(*m, 1, Model::HealthColumn),
                 QStringLiteral("Failing for 3 hours, 3 pending retries, next retry in 40 minutes"));
        QCOMPARE(text(*m, 2, Model::HealthColumn), QStringLiteral("OK"));
        QCOMPARE(text(*m, 3, Model::HealthColumn), QStringLiteral("No deliveries yet"));
        QCOMPARE(text(*m, 4, Model::HealthColumn), QStringLiteral("1 pending retry"));
        QVERIFY(m->indexForId(1).data(Model::FailingRole).toBool());
        QVERIFY(m->isFailingAt(m->rowForId(1)));
        QVERIFY(!m->indexForId(2).data(Model::FailingRole).toBool());
        const QString tip = m->indexForId(1, Model::HealthColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(TimeText::format(utc(27, 13, 0))), qPrintable(tip));
        // The server's status word is shown in the user's language, not as sent.
        const QString okTip = m->indexForId(2, Model::HealthColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(okTip.contains(QLatin1Char('(') + DeliveryTableModel::statusDisplayName(DeliveryTableModel::Delivered)
                                + QLatin1Char(')')),
                 qPrintable(okTip));
        // Icons (or colours) for each state, and failing sorts as the most severe.
        const QVariant failIcon = m->indexForId(1, Model::HealthColumn).data(Qt::DecorationRole);
        QVERIFY(failIcon.isValid());
        QVERIFY(!qvariant_cast<QIcon>(failIcon).isNull());
        QVERIFY(m->indexForId(2, Model::HealthColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(m->indexForId(1, Model::HealthColumn).data(Model::SortRole).toInt()
                > m->indexForId(4, Model::HealthColumn).data(Model::SortRole).toInt());
        QVERIFY(m->indexForId(4, Model::HealthColumn).data(Model::SortRole).toInt()
                > m->indexForId(2, Model::HealthColumn).data(Model::SortRole).toInt());

        // The fake clock moves: relative times repaint.
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        clock.advance(60 * 60 * 1000);
        QVERIFY(!changed.isEmpty());  // the change marks of the second load go first
        QCOMPARE(changed.constLast().at(0).toModelIndex().column(), int(Model::HealthColumn));
        // A retry time that has passed is not shown as if it were still coming.
        QCOMPARE(text(*m, 1, Model::HealthColumn),
                 QStringLiteral("Failing for 4 hours, 3 pending retries, retry due, waiting for the next update"));

        // Summary gone (server without the extension): no health.
        m->setSubscriptions(ids({1, 2}));
        QVERIFY(!m->hasHealth());
        QCOMPARE(healthChanged.size(), 2);
    }

    void roleNamesAreNamed()
    {
        auto m = makeModel();
        const auto names = m->roleNames();
        QCOMPARE(names.value(Model::SortRole), QByteArray("sortValue"));
        QCOMPARE(names.value(Model::PendingRole), QByteArray("pending"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    }

    void aRefreshMarksWhatChangedElsewhereForAWhile()
    {
        FakeClock clock;
        clock.setUtcStart(utc(20));
        auto m = makeModel(&clock);
        QSignalSpy seen(m.get(), &Model::changesSeen);
        m->setSubscriptions(ids({1, 2, 3}));
        QCOMPARE(seen.size(), 0);  // the first load
        QVERIFY(!m->indexForId(1).data(Qt::BackgroundRole).isValid());

        SubscriptionList fresh = ids({1, 2, 3, 4});
        fresh[1].enabled = false;
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        m->setSubscriptions(fresh);
        QCOMPARE(seen.size(), 1);
        const auto summary = seen.at(0).at(0).value<RowChangeMarks::Summary>();
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.enabledChanged, 1);
        bool announced = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            announced |= args.at(0).toModelIndex().row() <= 1 && args.at(1).toModelIndex().row() >= 1
                && args.at(2).value<QList<int>>().contains(Qt::BackgroundRole);
        QVERIFY(announced);
        for (int column = 0; column < Model::ColumnCount; ++column)
            QVERIFY(m->indexForId(2, column).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->indexForId(4).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m->indexForId(1).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->indexForId(2).data(Model::ChangeRole).toString().startsWith(QStringLiteral("Disabled elsewhere")));
        QCOMPARE(m->indexForId(2, Model::IdColumn).data(Qt::ToolTipRole), m->indexForId(2).data(Model::ChangeRole));
        QVERIFY(m->indexForId(4).data(Model::ChangeRole).toString().startsWith(QStringLiteral("Added elsewhere")));
        QCOMPARE(m->indexForId(4).data(Qt::AccessibleDescriptionRole), m->indexForId(4).data(Model::ChangeRole));

        // The same list again changes nothing; the marks stay until they have been shown long enough.
        m->setSubscriptions(fresh);
        QCOMPARE(seen.size(), 1);
        changed.clear();
        clock.advance((RowChangeMarks::defaultHoldSeconds - 1) * 1000);
        QVERIFY(m->indexForId(2).data(Qt::BackgroundRole).isValid());
        clock.advance(1000);
        QVERIFY(!m->indexForId(2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m->indexForId(4).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->indexForId(2).data(Model::ChangeRole).toString().isEmpty());
        bool cleared = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            cleared |= args.at(0).toModelIndex().row() <= 1 && args.at(1).toModelIndex().row() >= 1
                && args.at(2).value<QList<int>>().contains(Qt::BackgroundRole);
        QVERIFY(cleared);
    }

    void healthSaysWhenADeliveryGivesUpSoon()
    {
        FakeClock clock;
        clock.setUtcStart(utc(27, 12));
        auto m = makeModel(&clock);
        SubscriptionList list = ids({1, 2});
        for (Subscription &s : list) {
            s.health = DeliverySummary{};
            s.health->failingSince = utc(25, 12);
            s.health->pendingRetries = 1;
        }
        list[0].health->givesUpAt = utc(27, 17);
        list[1].health->givesUpAt = utc(28, 12);
        m->setSubscriptions(list);
        const QString soon = text(*m, 1, Model::HealthColumn);
        QVERIFY2(soon.contains(QStringLiteral("gives up in 5 hours")), qPrintable(soon));
        QVERIFY(m->indexForId(1).data(Model::GivesUpSoonRole).toBool());
        QVERIFY(!text(*m, 2, Model::HealthColumn).contains(QStringLiteral("gives up")));
        QVERIFY(!m->indexForId(2).data(Model::GivesUpSoonRole).toBool());
        QVERIFY(m->indexForId(2, Model::HealthColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Gives up at: ")));
        // The sooner give-up is the more urgent, whatever the retry counts.
        QVERIFY(m->compareRows(m->rowForId(1), m->rowForId(2), Model::HealthColumn) > 0);
        m->setGiveUpWarningSeconds(48 * 3600);
        QVERIFY(m->indexForId(2).data(Model::GivesUpSoonRole).toBool());
        clock.advance(6LL * 3600 * 1000);
        QVERIFY2(text(*m, 1, Model::HealthColumn).contains(QStringLiteral("gives up now")),
                 qPrintable(text(*m, 1, Model::HealthColumn)));
    }
};

QTEST_MAIN(TestSubscriptionTableModel)
#include "tst_subscriptiontablemodel.moc"
