#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

// One column's sort values for every row of the subscriptions table, and the one rule that orders
// them. The table compares two rows through it (SubscriptionRows::compare), and a full sort takes
// the values of all rows at once (copies: QString shares its data), so that a worker thread can
// order them while the table goes on changing on the GUI thread.
class SubscriptionSortKeys
{
public:
    // How a column's values compare.
    enum class Rule {
        Numbers,  // numbers[0], then [1], then [2]
        Text,  // text (lower-cased), then tie (as shown), both with QString::compare
        TextList,  // element by element, case-insensitively, then the shorter first
    };
    struct Value
    {
        qint64 numbers[3] = {0, 0, 0};
        QString text;
        QString tie;
        QStringList list;
    };

    SubscriptionSortKeys() = default;
    SubscriptionSortKeys(Rule rule, std::vector<Value> values);

    static int compare(const Value &a, const Value &b, Rule rule);
    // Whether row comes before otherRow in this direction, given how their values compare: ties keep
    // the table's order in both directions (a total order, so std::sort is enough).
    static bool before(int comparison, int row, int otherRow, Qt::SortOrder order)
    {
        if (order == Qt::DescendingOrder)
            comparison = -comparison;
        return comparison < 0 || (comparison == 0 && row < otherRow);
    }

    int size() const { return int(m_values.size()); }
    int compare(int row, int otherRow) const
    {
        return compare(m_values[size_t(row)], m_values[size_t(otherRow)], m_rule);
    }
    // Every row, ordered (ties keep the table's order in both directions). Safe on any thread.
    std::vector<int> order(Qt::SortOrder order) const;
    // Whether these rows stand in that order already (one pass).
    bool isOrdered(const std::vector<int> &rows, Qt::SortOrder order) const;
    // An order of every row sorted by these values, the other way round: reversed, then each run
    // of equal values put back into the table's order. One pass. Safe on any thread.
    std::vector<int> reversed(const std::vector<int> &sorted) const;

private:
    Rule m_rule = Rule::Numbers;
    std::vector<Value> m_values;
};
