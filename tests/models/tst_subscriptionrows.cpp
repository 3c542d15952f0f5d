// SubscriptionRows as plain data: how a fresh server list is merged (the planned steps and the
// rows they leave), and the optimistic overlay of writes in flight (tickets, confirm, rollback).

#include "models/SubscriptionRows.h"

#include "ModelTestData.h"

#include <QTest>

using namespace ModelTestData;
using Step = SubscriptionRows::Step;
using Steps = std::vector<Step>;

namespace {

Step remove(int first, int last)
{
    return {Step::Remove, first, last};
}
Step insert(int first, int last)
{
    return {Step::Insert, first, last};
}
Step update(int first, int last)
{
    return {Step::Update, first, last};
}
Step reset(int first, int last)
{
    return {Step::Reset, first, last};
}

QString describe(const Steps &steps)
{
    static const char *const kinds[] = {"reset", "remove", "insert", "update"};
    QStringList out;
    for (const Step &s : steps)
        out << QStringLiteral("%1 %2..%3").arg(QLatin1String(kinds[s.kind])).arg(s.first).arg(s.last);
    return out.join(QLatin1String(", "));
}

// The ids of the rows in order (-1 for a null id).
QList<qint64> rowIds(const SubscriptionRows &rows)
{
    QList<qint64> out;
    for (int r = 0; r < rows.size(); ++r)
        out << rows.at(r).server.id.value_or(-1);
    return out;
}

// Every id maps to its row, and nothing else is indexed.
bool indexIsConsistent(const SubscriptionRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const auto &id = rows.at(r).server.id;
        if (id && rows.rowForId(*id) != r)
            return false;
    }
    return true;
}

SubscriptionPatch enabledPatch(bool enabled)
{
    SubscriptionPatch patch;
    patch.enabled = enabled;
    return patch;
}

SubscriptionRows loaded(std::initializer_list<qint64> list)
{
    SubscriptionRows rows;
    rows.merge(ids(list));
    return rows;
}

}  // namespace

// Evaluates `actual` once: it is usually the merge itself.
#define COMPARE_STEPS(actual, expected)                                                                                \
    do {                                                                                                               \
        const Steps got = (actual);                                                                                    \
        const Steps want = (expected);                                                                                 \
        QVERIFY2(got == want, qPrintable(describe(got) + QStringLiteral(" != ") + describe(want)));                    \
    } while (false)

class TestSubscriptionRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- merging a server list ----------------------------------------------------------------

    void firstLoadIsOneInsert()
    {
        SubscriptionRows rows;
        COMPARE_STEPS(rows.merge(ids({10, 20, 30})), Steps({insert(0, 2)}));
        QCOMPARE(rowIds(rows), QList<qint64>({10, 20, 30}));
        QCOMPARE(rows.rowForId(30), 2);
        QCOMPARE(rows.rowForId(99), -1);
        // Nothing to nothing: no step.
        SubscriptionRows empty;
        QVERIFY(empty.merge({}).empty());
        QVERIFY(empty.isBlank());
    }

    void diffRemovesBottomUpThenWalksTheList()
    {
        SubscriptionRows rows = loaded({1, 2, 3, 4, 5});
        SubscriptionList next = ids({1, 3, 5, 6, 7});
        next[1].url = QStringLiteral("https://changed.example/3");
        // Removals bottom-up (id 4 at row 3, then id 2 at row 1), then the changed row, then the
        // new batch at the end, each in the row numbers of its moment.
        COMPARE_STEPS(rows.merge(std::move(next)), Steps({remove(3, 3), remove(1, 1), update(1, 1), insert(3, 4)}));
        QCOMPARE(rowIds(rows), QList<qint64>({1, 3, 5, 6, 7}));
        QCOMPARE(rows.at(1).server.url, QStringLiteral("https://changed.example/3"));
        QVERIFY(indexIsConsistent(rows));
        QCOMPARE(rows.rowForId(2), -1);
        // The same list again: nothing to do.
        SubscriptionList same = ids({1, 3, 5, 6, 7});
        same[1].url = QStringLiteral("https://changed.example/3");
        QVERIFY(rows.merge(std::move(same)).empty());
    }

    void contiguousRunsAreOneStepEach()
    {
        SubscriptionRows rows = loaded({1, 2, 3, 4, 5, 6});
        COMPARE_STEPS(rows.merge(ids({1, 5, 6})), Steps({remove(1, 3)}));
        COMPARE_STEPS(rows.merge(ids({8, 9})), Steps({remove(0, 2), insert(0, 1)}));
        // In the middle and at the front: two insert runs.
        COMPARE_STEPS(rows.merge(ids({7, 8, 10, 11, 9})), Steps({insert(0, 0), insert(2, 3)}));
        QCOMPARE(rowIds(rows), QList<qint64>({7, 8, 10, 11, 9}));
        QVERIFY(indexIsConsistent(rows));
    }

    void changedRunsEndAtUnchangedRowsAndInserts()
    {
        SubscriptionRows rows = loaded({1, 2, 3, 4, 5});
        SubscriptionList next = ids({1, 2, 3, 9, 4, 5});
        for (int i : {0, 1, 2, 4})
            next[i].enabled = false;
        // Rows 0..2 changed, then an insert ends the run, then row 4 changed alone; 5 is unchanged.
        COMPARE_STEPS(rows.merge(std::move(next)), Steps({update(0, 2), insert(3, 3), update(4, 4)}));
        QCOMPARE(rowIds(rows), QList<qint64>({1, 2, 3, 9, 4, 5}));
        QVERIFY(!rows.at(4).server.enabled);
        QVERIFY(rows.at(5).server.enabled);
    }

    void reorderIsAReset()
    {
        SubscriptionRows rows = loaded({1, 2, 3});
        COMPARE_STEPS(rows.merge(ids({3, 2, 1})), Steps({reset(0, 2)}));
        QCOMPARE(rowIds(rows), QList<qint64>({3, 2, 1}));
        QVERIFY(indexIsConsistent(rows));
    }

    void scatteredChangesAreAReset()
    {
        // Every other row goes: more runs than a diff is worth.
        QList<qint64> before, after;
        for (qint64 id = 1; id <= 400; ++id) {
            before << id;
            if (id % 2)
                after << id;
        }
        SubscriptionRows rows;
        SubscriptionList first, second;
        for (qint64 id : before)
            first << withId(id);
        for (qint64 id : after)
            second << withId(id);
        rows.merge(std::move(first));
        COMPARE_STEPS(rows.merge(std::move(second)), Steps({reset(0, int(after.size()) - 1)}));
        QCOMPARE(rowIds(rows), after);
        QVERIFY(indexIsConsistent(rows));
    }

    void idlessRowsKeepTheirPlaceByOrder()
    {
        SubscriptionList list{
            subscription(std::nullopt, QStringLiteral("https://a.example/")),
            subscription(5, QStringLiteral("https://b.example/")),
            subscription(std::nullopt, QStringLiteral("https://c.example/")),
        };
        SubscriptionRows rows;
        rows.merge(SubscriptionList(list));
        list[2].url = QStringLiteral("https://c2.example/");
        COMPARE_STEPS(rows.merge(SubscriptionList(list)), Steps({update(2, 2)}));
        list << subscription(std::nullopt, QStringLiteral("https://d.example/"));
        COMPARE_STEPS(rows.merge(SubscriptionList(list)), Steps({insert(3, 3)}));
        QCOMPARE(rowIds(rows), QList<qint64>({-1, 5, -1, -1}));
        QCOMPARE(rows.at(2).server.url, QStringLiteral("https://c2.example/"));
    }

    void duplicateIdsMatchOnce()
    {
        SubscriptionRows rows = loaded({1, 2});
        COMPARE_STEPS(rows.merge(ids({1, 2, 2})), Steps({insert(2, 2)}));
        QCOMPARE(rows.size(), 3);
        COMPARE_STEPS(rows.merge(ids({1, 2})), Steps({remove(1, 1)}));
        QCOMPARE(rowIds(rows), QList<qint64>({1, 2}));
        QVERIFY(indexIsConsistent(rows));
    }

    void stepsApplyOneAtATime()
    {
        // The presenter announces each step around apply(): row counts match each step's range.
        SubscriptionRows rows = loaded({1, 2, 3, 4, 5});
        SubscriptionList next = ids({2, 3, 9, 10, 5});
        SubscriptionRows::Merge merge = rows.planMerge(next);
        COMPARE_STEPS(merge.steps(), Steps({remove(3, 3), remove(0, 0), insert(2, 3)}));
        rows.apply(merge, merge.steps()[0]);
        QCOMPARE(rowIds(rows), QList<qint64>({1, 2, 3, 5}));
        rows.apply(merge, merge.steps()[1]);
        QCOMPARE(rowIds(rows), QList<qint64>({2, 3, 5}));
        rows.apply(merge, merge.steps()[2]);
        QCOMPARE(rowIds(rows), QList<qint64>({2, 3, 9, 10, 5}));
        rows.finish(merge);
        QVERIFY(indexIsConsistent(rows));
    }

    void knownEventsSurviveListsWithoutThem()
    {
        SubscriptionRows rows = loaded({1, 2});
        Subscription set = withId(1);
        set.events = QStringList{QStringLiteral("order.paid")};
        QVERIFY(rows.confirm(1, set).knownId);
        QVERIFY(rows.anyEventsKnown());
        // The list does not carry events: no change, the known ones stay, in a diff and a reset.
        QVERIFY(rows.merge(ids({1, 2})).empty());
        QCOMPARE(rows.at(0).server.events, std::optional<QStringList>(QStringList{QStringLiteral("order.paid")}));
        COMPARE_STEPS(rows.merge(ids({2, 1})), Steps({reset(0, 1)}));
        QCOMPARE(rows.at(rows.rowForId(1)).server.events,
                 std::optional<QStringList>(QStringList{QStringLiteral("order.paid")}));
        QVERIFY(!rows.at(rows.rowForId(2)).server.events);
        // An empty list of events is known, and wins.
        Subscription none = withId(1);
        none.events = QStringList();
        QVERIFY(rows.adoptServerValue(rows.rowForId(1), std::move(none)));
        QCOMPARE(rows.at(rows.rowForId(1)).server.events, std::optional<QStringList>(QStringList()));
    }

    void healthRowsAreCounted()
    {
        SubscriptionRows rows = loaded({1, 2});
        QCOMPARE(rows.healthRowCount(), 0);
        SubscriptionList withHealth = ids({1, 2, 3});
        withHealth[0].health = DeliverySummary{};
        withHealth[2].health = DeliverySummary{};
        rows.merge(std::move(withHealth));
        QCOMPARE(rows.healthRowCount(), 2);
        rows.removeRows(0, 0);
        QCOMPARE(rows.healthRowCount(), 1);
        Subscription two = withId(2);
        two.health = DeliverySummary{};
        rows.append(two);  // a duplicate id appended, as upsert does for new ids
        QCOMPARE(rows.healthRowCount(), 2);
        rows.merge(ids({3}));
        QCOMPARE(rows.healthRowCount(), 0);
        rows.clear();
        QVERIFY(rows.isBlank());
    }

    void appendAndRemoveRuns()
    {
        SubscriptionRows rows;
        rows.append(ids({1, 2, 3}));
        rows.append(ids({4, 5}));
        rows.append(withId(9));
        QCOMPARE(rowIds(rows), QList<qint64>({1, 2, 3, 4, 5, 9}));
        QVERIFY(indexIsConsistent(rows));
        // Runs bottom-up; unknown ids and repeats are ignored.
        const auto runs = rows.runsForIds({1, 4, 9, 5, 12345, 4});
        QCOMPARE(runs.size(), std::size_t(2));
        QVERIFY((runs[0] == SubscriptionRows::Range{3, 5}));
        QVERIFY((runs[1] == SubscriptionRows::Range{0, 0}));
        for (const auto &run : runs)
            rows.removeRows(run.first, run.last);
        QCOMPARE(rowIds(rows), QList<qint64>({2, 3}));
        QVERIFY(indexIsConsistent(rows));
        // A later merge diffs against the appended rows.
        COMPARE_STEPS(rows.merge(ids({2, 3, 6})), Steps({insert(2, 2)}));
    }

    // ---- writes in flight ---------------------------------------------------------------------

    void pendingOverlayShowsAtOnceAndConfirmAdopts()
    {
        SubscriptionRows rows = loaded({1, 2});
        const auto marked = rows.setPending(1, enabledPatch(false));
        QVERIFY(marked.knownId);
        QCOMPARE(marked.row, 0);
        QVERIFY(marked.ticket > 0);
        const auto &row = rows.at(0);
        QVERIFY(rows.pendingFor(row));
        QVERIFY(!rows.shownEnabled(row));
        QVERIFY(row.server.enabled);  // the server's value is untouched
        QVERIFY(!rows.shownSubscription(0).enabled);

        const auto confirmed = rows.confirm(1, withId(1, false), marked.ticket);
        QVERIFY(confirmed.knownId);
        QCOMPARE(confirmed.row, 0);
        QVERIFY(!rows.pendingFor(rows.at(0)));
        QVERIFY(!rows.at(0).server.enabled);
        // Unknown ids and empty patches mark nothing.
        QVERIFY(!rows.confirm(77, withId(77)).knownId);
        QCOMPARE(rows.setPending(77, enabledPatch(true)).ticket, quint64(0));
        const auto empty = rows.setPending(1, SubscriptionPatch());
        QCOMPARE(empty.ticket, quint64(0));
        QCOMPARE(empty.row, -1);
    }

    void rollbackRestoresTheServerValueWithTheError()
    {
        SubscriptionRows rows = loaded({1});
        SubscriptionPatch patch;
        patch.url = QStringLiteral("https://NEW.example/1");
        patch.description = QString();  // engaged null: set to null
        patch.events = QStringList{QStringLiteral("order.paid")};
        const quint64 ticket = rows.setPending(1, patch).ticket;
        const auto &row = rows.at(0);
        QCOMPARE(rows.shownUrl(row), QStringLiteral("https://NEW.example/1"));
        QVERIFY(!rows.shownDescription(row));
        QCOMPARE(rows.shownEvents(row), std::optional<QStringList>(QStringList{QStringLiteral("order.paid")}));
        QCOMPARE(rows.searchText(row), QStringLiteral("1\nhttps://new.example/1\n"));
        QVERIFY(rows.matchesSearch(0, SubscriptionSearch(QStringLiteral("new.example"))));

        const auto rolledBack = rows.rollback(1, QStringLiteral("422: url"), ticket);
        QCOMPARE(rolledBack.row, 0);
        QCOMPARE(rows.shownUrl(row), QStringLiteral("https://hooks.example.com/1"));
        QCOMPARE(rows.shownDescription(row), std::optional<QString>(QStringLiteral("Endpoint 1")));
        QCOMPARE(rows.errorFor(row), QStringLiteral("422: url"));
        QCOMPARE(rows.searchText(row), QStringLiteral("1\nhttps://hooks.example.com/1\nendpoint 1"));
        QVERIFY(!rows.matchesSearch(0, SubscriptionSearch(QStringLiteral("new.example"))));
        QVERIFY(rows.matchesSearch(0, SubscriptionSearch(QStringLiteral("1"))));
        // A new attempt clears the error; so does clearError, once.
        rows.setPending(1, patch);
        QCOMPARE(rows.errorFor(row), QString());
        rows.rollback(1, QStringLiteral("again"));
        QCOMPARE(rows.errorFor(row), QStringLiteral("again"));
        QCOMPARE(rows.clearError(1).row, 0);
        QCOMPARE(rows.clearError(1).row, -1);
        QVERIFY(!rows.rollback(42, QStringLiteral("unknown")).knownId);
    }

    void latestTicketDecides()
    {
        SubscriptionRows rows = loaded({1});
        const SubscriptionPatch off = enabledPatch(false), on = enabledPatch(true);
        const quint64 first = rows.setPending(1, off).ticket;
        const quint64 second = rows.setPending(1, on).ticket;
        QVERIFY(second > first);
        QVERIFY(rows.shownEnabled(rows.at(0)));
        // The first answer: the server says off, the second write is still in flight.
        QCOMPARE(rows.confirm(1, withId(1, false), first).row, 0);
        QVERIFY(rows.pendingFor(rows.at(0)));
        QVERIFY(rows.shownEnabled(rows.at(0)));
        QVERIFY(!rows.at(0).server.enabled);
        QCOMPARE(rows.confirm(1, withId(1, true), second).row, 0);
        QVERIFY(!rows.pendingFor(rows.at(0)));
        // A stale duplicate of the first answer is known but changes nothing.
        const auto stale = rows.confirm(1, withId(1, false), first);
        QVERIFY(stale.knownId);
        QCOMPARE(stale.row, -1);
        QVERIFY(rows.at(0).server.enabled);
    }

    void olderFailureWhileNewerInFlightIsInvisible()
    {
        SubscriptionRows rows = loaded({1});
        const SubscriptionPatch off = enabledPatch(false), on = enabledPatch(true);
        const quint64 first = rows.setPending(1, off).ticket;
        const quint64 second = rows.setPending(1, on).ticket;
        const auto older = rows.rollback(1, QStringLiteral("first failed"), first);
        QVERIFY(older.knownId);
        QCOMPARE(older.row, -1);
        QVERIFY(rows.pendingFor(rows.at(0)));
        QCOMPARE(rows.errorFor(rows.at(0)), QString());
        QCOMPARE(rows.rollback(1, QStringLiteral("second failed"), second).row, 0);
        QCOMPARE(rows.errorFor(rows.at(0)), QStringLiteral("second failed"));
        // A late failure of an answered ticket is ignored.
        rows.clearError(1);
        QCOMPARE(rows.rollback(1, QStringLiteral("late"), first).row, -1);
        QCOMPARE(rows.errorFor(rows.at(0)), QString());
    }

    void confirmKeepsKnownEventsAndHealth()
    {
        SubscriptionRows rows;
        Subscription known = withId(1);
        known.events = QStringList{QStringLiteral("a")};
        known.health = DeliverySummary{};
        rows.merge(SubscriptionList{known});
        Subscription answer = withId(1, false);
        answer.id = std::nullopt;  // an answer without the id still lands on its row
        QCOMPARE(rows.confirm(1, answer).row, 0);
        QCOMPARE(rows.at(0).server.id, std::optional<qint64>(1));
        QCOMPARE(rows.at(0).server.events, std::optional<QStringList>(QStringList{QStringLiteral("a")}));
        QVERIFY(rows.at(0).server.health);
        QCOMPARE(rows.healthRowCount(), 1);
    }

    // ---- order ---------------------------------------------------------------------------------

    void compareUsesTheValuesAsShown()
    {
        using Key = SubscriptionRows::SortKey;
        SubscriptionList list{subscription(std::nullopt, QStringLiteral("https://B.example/")),
                              subscription(2, QStringLiteral("https://a.example/"), QStringLiteral("x"), false),
                              subscription(3, QStringLiteral("https://b.example/"), std::nullopt)};
        list[1].events = QStringList{QStringLiteral("Order.paid")};
        list[2].events = QStringList{QStringLiteral("order.created"), QStringLiteral("order.paid")};
        SubscriptionRows rows;
        rows.merge(std::move(list));
        QVERIFY(rows.compare(0, 1, Key::Id) < 0);  // a null id sorts first
        QVERIFY(rows.compare(1, 2, Key::Id) < 0);
        QVERIFY(rows.compare(1, 0, Key::Url) < 0);
        QVERIFY(rows.compare(0, 2, Key::Url) != 0);  // same lower-case URL: the case decides
        QVERIFY(rows.compare(2, 1, Key::Description) < 0);  // none sorts with empty
        QVERIFY(rows.compare(0, 2, Key::Events) < 0);  // unknown sorts with empty
        QVERIFY(rows.compare(2, 1, Key::Events) < 0);  // case-insensitive, element by element
        QVERIFY(rows.compare(1, 2, Key::Enabled) < 0);
        QCOMPARE(rows.compare(1, 2, SubscriptionRows::SortKey(42)), 0);
        // A write in flight sorts by its value.
        SubscriptionPatch patch;
        patch.url = QStringLiteral("https://0.example/");
        patch.enabled = false;
        rows.setPending(3, patch);
        QVERIFY(rows.compare(1, 2, Key::Url) > 0);
        QCOMPARE(rows.compare(1, 2, Key::Enabled), 0);
    }

    void healthSortsBySeverityThenRetries()
    {
        DeliverySummary ok;
        ok.lastDeliveryStatus = QStringLiteral("delivered");
        DeliverySummary retrying;
        retrying.pendingRetries = 2;
        DeliverySummary failing = retrying;
        failing.failingSince = utc(27, 13);
        DeliverySummary failingMore = failing;
        failingMore.pendingRetries = 5;
        QCOMPARE(DeliverySummary::urgency(std::nullopt), 0);
        QCOMPARE(DeliverySummary::urgency(ok), 1);
        QCOMPARE(DeliverySummary::urgency(retrying), 2);
        QCOMPARE(DeliverySummary::urgency(failing), 3);
        QVERIFY(SubscriptionRows::healthScore(failingMore) > SubscriptionRows::healthScore(failing));
        QVERIFY(SubscriptionRows::healthScore(failing) > SubscriptionRows::healthScore(retrying));
        QVERIFY(SubscriptionRows::healthScore(ok) > SubscriptionRows::healthScore(std::nullopt));
    }

    void refreshKeepsPendingWritesOfListedIdsOnly()
    {
        SubscriptionRows rows = loaded({1, 2, 3});
        const SubscriptionPatch off = enabledPatch(false);
        rows.setPending(2, off);
        const quint64 gone = rows.setPending(3, off).ticket;
        rows.rollback(1, QStringLiteral("error on 1"));
        // A diff that changes row 2's server value: the overlay still wins.
        SubscriptionList refreshed = ids({1, 2, 3, 4});
        refreshed[1].url = QStringLiteral("https://moved.example/2");
        rows.merge(std::move(refreshed));
        QVERIFY(!rows.shownEnabled(rows.at(rows.rowForId(2))));
        QCOMPARE(rows.shownUrl(rows.at(rows.rowForId(2))), QStringLiteral("https://moved.example/2"));
        // A reset keeps it too; id 3 vanishes with its write, id 1 keeps its error.
        COMPARE_STEPS(rows.merge(ids({4, 2, 1})), Steps({reset(0, 2)}));
        QVERIFY(rows.pendingFor(rows.at(rows.rowForId(2))));
        QCOMPARE(rows.errorFor(rows.at(rows.rowForId(1))), QStringLiteral("error on 1"));
        QVERIFY(!rows.rollback(3, QStringLiteral("404"), gone).knownId);
        // An id that comes back starts without the old write state.
        rows.merge(ids({4, 2, 1, 3}));
        QVERIFY(!rows.pendingFor(rows.at(rows.rowForId(3))));
        // Removing rows drops their write state; clearing drops everything.
        rows.removeRows(rows.rowForId(1), rows.rowForId(1));
        QVERIFY(!rows.isBlank());
        rows.clear();
        QVERIFY(rows.isBlank());
        QCOMPARE(rows.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestSubscriptionRows)
#include "tst_subscriptionrows.moc"
