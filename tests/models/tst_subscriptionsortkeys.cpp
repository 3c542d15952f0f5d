#include "models/SubscriptionSortKeys.h"

#include <QTest>

#include <limits>
#include <thread>

using Keys = SubscriptionSortKeys;
using Rule = SubscriptionSortKeys::Rule;

class TestSubscriptionSortKeys : public QObject
{
    Q_OBJECT

private:
    static Keys::Value numbers(qint64 a, qint64 b = 0, qint64 c = 0)
    {
        Keys::Value v;
        v.numbers[0] = a;
        v.numbers[1] = b;
        v.numbers[2] = c;
        return v;
    }
    static Keys::Value text(const char *lowered, const char *shown)
    {
        Keys::Value v;
        v.text = QString::fromUtf8(lowered);
        v.tie = QString::fromUtf8(shown);
        return v;
    }
    static Keys::Value list(const QStringList &items)
    {
        Keys::Value v;
        v.list = items;
        return v;
    }

private Q_SLOTS:
    void numbersCompareInTurn()
    {
        QCOMPARE(Keys::compare(numbers(1, 9), numbers(2, 0), Rule::Numbers), -1);
        QCOMPARE(Keys::compare(numbers(2, 0, 5), numbers(2, 1, 0), Rule::Numbers), -1);
        QCOMPARE(Keys::compare(numbers(2, 1, 7), numbers(2, 1, 3), Rule::Numbers), 1);
        QCOMPARE(Keys::compare(numbers(4, 4, 4), numbers(4, 4, 4), Rule::Numbers), 0);
        const qint64 first = std::numeric_limits<qint64>::min();  // unknown values
        QCOMPARE(Keys::compare(numbers(first), numbers(0), Rule::Numbers), -1);
    }

    void textThenItsTie()
    {
        QVERIFY(Keys::compare(text("a", "A"), text("b", "b"), Rule::Text) < 0);
        // Equal lower-cased: the text as shown decides ("SAME" before "same").
        QVERIFY(Keys::compare(text("same", "SAME"), text("same", "same"), Rule::Text) < 0);
        QCOMPARE(Keys::compare(text("same", "same"), text("same", "same"), Rule::Text), 0);
    }

    void listsElementByElementThenShorterFirst()
    {
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(Keys::compare(list(ab), list({QStringLiteral("a"), QStringLiteral("c")}), Rule::TextList) < 0);
        QVERIFY(Keys::compare(list({QStringLiteral("a")}), list(ab), Rule::TextList) < 0);
        QVERIFY(Keys::compare(list({}), list({QStringLiteral("a")}), Rule::TextList) < 0);
        // Case-insensitively first, then by case.
        QVERIFY(Keys::compare(list({QStringLiteral("B")}), list({QStringLiteral("c")}), Rule::TextList) < 0);
        QVERIFY(Keys::compare(list({QStringLiteral("A")}), list({QStringLiteral("a")}), Rule::TextList) < 0);
    }

    void orderKeepsTiesInTableOrderBothWays()
    {
        const Keys keys(Rule::Numbers, {numbers(2), numbers(1), numbers(2), numbers(0), numbers(1)});
        QCOMPARE(keys.size(), 5);
        QCOMPARE(keys.order(Qt::AscendingOrder), (std::vector<int>{3, 1, 4, 0, 2}));
        QCOMPARE(keys.order(Qt::DescendingOrder), (std::vector<int>{0, 2, 1, 4, 3}));
        QCOMPARE(keys.compare(0, 2), 0);
        QVERIFY(keys.compare(3, 0) < 0);
        // Reversing a sorted order in one pass gives the descending sort, ties still in table order.
        QCOMPARE(keys.reversed(keys.order(Qt::AscendingOrder)), keys.order(Qt::DescendingOrder));
        QCOMPARE(keys.reversed(keys.order(Qt::DescendingOrder)), keys.order(Qt::AscendingOrder));
        QVERIFY(keys.isOrdered(keys.order(Qt::AscendingOrder), Qt::AscendingOrder));
        QVERIFY(keys.isOrdered(keys.order(Qt::DescendingOrder), Qt::DescendingOrder));
        QVERIFY(!keys.isOrdered(keys.order(Qt::AscendingOrder), Qt::DescendingOrder));
        QVERIFY(!keys.isOrdered({3, 1, 4, 2, 0}, Qt::AscendingOrder));  // a tie out of table order
    }

    void aCopyCanBeSortedOnAnotherThread()
    {
        // The values share their text with the rows they came from; the copy stays valid while the
        // originals change on this thread.
        std::vector<Keys::Value> values;
        QStringList originals;
        for (int i = 0; i < 2000; ++i) {
            originals << QStringLiteral("https://h%1.example/").arg((i * 7919) % 2000, 4, 10, QLatin1Char('0'));
            Keys::Value v;
            v.text = originals.last();
            v.tie = originals.last();
            values.push_back(v);
        }
        const Keys keys(Rule::Text, std::move(values));
        std::vector<int> order;
        std::thread worker([&] { order = keys.order(Qt::AscendingOrder); });
        for (QString &s : originals)
            s.append(QLatin1Char('x'));  // detaches: the copy keeps the old text
        worker.join();
        QCOMPARE(order.size(), size_t(2000));
        for (size_t i = 1; i < order.size(); ++i)
            QVERIFY(keys.compare(order[i - 1], order[i]) < 0);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionSortKeys)
#include "tst_subscriptionsortkeys.moc"
