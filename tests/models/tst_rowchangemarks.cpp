// RowChangeMarks as plain data: which rows a refresh marks as changed elsewhere, for how long, and
// what the status line says about it.

#include "models/RowChangeMarks.h"
#include "models/SubscriptionRows.h"

#include "ModelTestData.h"

#include <QTest>

using namespace ModelTestData;
using Kind = RowChangeMarks::Kind;

namespace {

Subscription failingSince(qint64 id, const QDateTime &since)
{
    Subscription s = withId(id);
    s.health = DeliverySummary{};
    s.health->failingSince = since;
    s.health->lastDeliveryStatus = QStringLiteral("failed");
    return s;
}

Subscription healthy(qint64 id)
{
    Subscription s = withId(id);
    s.health = DeliverySummary{};
    s.health->lastDeliveryStatus = QStringLiteral("delivered");
    s.health->lastDeliveryAt = utc(20);
    return s;
}

std::optional<Kind> kindOf(const RowChangeMarks &marks, qint64 id)
{
    const RowChangeMarks::Mark *mark = marks.markFor(id);
    return mark ? std::optional<Kind>(mark->kind) : std::nullopt;
}

}  // namespace

class TestRowChangeMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstLoadMarksNothing()
    {
        SubscriptionRows rows;
        RowChangeMarks marks;
        QVERIFY(marks.compare(rows, ids({1, 2, 3}), utc(20)).isEmpty());
        QVERIFY(marks.isEmpty());
    }

    void eachKindOfChangeIsMarked()
    {
        SubscriptionRows rows;
        rows.merge(SubscriptionList{healthy(1), failingSince(2, utc(19)), withId(3), withId(4), withId(5), withId(6)});
        SubscriptionList fresh{failingSince(1, utc(20)), healthy(2), withId(3, false), withId(4), withId(7)};
        fresh[3].description = QStringLiteral("Renamed by a colleague");
        // 5 and 6 are gone; 7 is new.
        RowChangeMarks marks;
        const RowChangeMarks::Summary summary = marks.compare(rows, fresh, utc(20, 12, 5));
        QCOMPARE(kindOf(marks, 1), Kind::StartedFailing);
        QCOMPARE(kindOf(marks, 2), Kind::Recovered);
        QCOMPARE(kindOf(marks, 3), Kind::Disabled);
        QCOMPARE(kindOf(marks, 4), Kind::Edited);
        QCOMPARE(kindOf(marks, 7), Kind::Added);
        QVERIFY(!marks.markFor(5));
        QCOMPARE(summary.startedFailing, 1);
        QCOMPARE(summary.recovered, 1);
        QCOMPARE(summary.enabledChanged, 1);
        QCOMPARE(summary.edited, 1);
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.removed, 2);
        // The same look per id, for following single subscriptions (the removed are not in it).
        const RowChangeMarks::Changes expected{
            {1, Kind::StartedFailing}, {2, Kind::Recovered}, {3, Kind::Disabled}, {4, Kind::Edited}, {7, Kind::Added}};
        QCOMPARE(summary.changes, expected);
        QCOMPARE(marks.markFor(1)->seenAt, utc(20, 12, 5));

        const QString text = RowChangeMarks::describe(summary);
        QVERIFY2(
            text.startsWith(QStringLiteral("Since the last update: 1 started failing, 1 recovered, 1 new, 2 removed")),
            qPrintable(text));
        QVERIFY(RowChangeMarks::describe(RowChangeMarks::Summary{}).isEmpty());
    }

    void anUnchangedListMarksNothing()
    {
        SubscriptionRows rows;
        rows.merge(SubscriptionList{healthy(1), failingSince(2, utc(19))});
        RowChangeMarks marks;
        QVERIFY(marks.compare(rows, SubscriptionList{healthy(1), failingSince(2, utc(19))}, utc(20)).isEmpty());
        QVERIFY(marks.isEmpty());
    }

    void aMissingSummaryIsNoRecovery()
    {
        // A server that stops sending the summary says nothing about health.
        SubscriptionRows rows;
        rows.merge(SubscriptionList{failingSince(1, utc(19))});
        RowChangeMarks marks;
        QVERIFY(marks.compare(rows, ids({1}), utc(20)).isEmpty());
    }

    void theUsersOwnWriteIsNotAChangeElsewhere()
    {
        SubscriptionRows rows;
        rows.merge(ids({1, 2}));
        SubscriptionPatch patch;
        patch.enabled = false;
        QVERIFY(rows.setPending(1, patch).ticket > 0);
        QVERIFY(rows.setPending(2, patch).ticket > 0);  // a delete or a write the server applied
        RowChangeMarks marks;
        const auto summary = marks.compare(rows, SubscriptionList{withId(1, false)}, utc(20));
        QVERIFY2(summary.isEmpty(), qPrintable(RowChangeMarks::describe(summary)));
    }

    void aRepeatedIdCountsOnce()
    {
        SubscriptionRows rows;
        rows.merge(ids({1, 2}));
        RowChangeMarks marks;
        const auto summary = marks.compare(rows, SubscriptionList{withId(1), withId(1, false)}, utc(20));
        QCOMPARE(summary.removed, 1);
        QCOMPARE(summary.enabledChanged, 0);
    }

    void marksGoAfterTheHoldTime()
    {
        SubscriptionRows rows;
        rows.merge(ids({1}));
        RowChangeMarks marks(60);
        marks.compare(rows, ids({1, 2}), utc(20, 12, 0));
        QVERIFY(marks.expire(utc(20, 12, 0).addSecs(59)).isEmpty());
        QCOMPARE(marks.expire(utc(20, 12, 1)), QList<qint64>{2});
        QVERIFY(marks.isEmpty());
    }

    void aMarkSaysWhatAndWhen()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QDateTime seen = QDateTime(QDate(2026, 11, 20), QTime(14, 2), Qt::LocalTime).toUTC();
        QCOMPARE(RowChangeMarks::describe(RowChangeMarks::Mark{Kind::StartedFailing, seen}, english),
                 QStringLiteral("Started failing, seen at 14:02"));
        QCOMPARE(RowChangeMarks::describe(RowChangeMarks::Mark{Kind::Disabled, seen}, english),
                 QStringLiteral("Disabled elsewhere, seen at 14:02"));
    }
};

QTEST_GUILESS_MAIN(TestRowChangeMarks)
#include "tst_rowchangemarks.moc"
