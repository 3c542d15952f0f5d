#include "models/SubscriptionSortKeys.h"

#include <algorithm>
#include <numeric>

namespace {

int threeWay(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    const int ci = a.compare(b, Qt::CaseInsensitive);
    return ci != 0 ? ci : a.compare(b, Qt::CaseSensitive);
}

}  // namespace

SubscriptionSortKeys::SubscriptionSortKeys(Rule rule, std::vector<Value> values)
    : m_rule(rule)
    , m_values(std::move(values))
{ }

int SubscriptionSortKeys::compare(const Value &a, const Value &b, Rule rule)
{
    switch (rule) {
    case Rule::Numbers:
        for (int i = 0; i < 3; ++i) {
            if (const int c = threeWay(a.numbers[i], b.numbers[i]))
                return c;
        }
        return 0;
    case Rule::Text: {
        const int c = a.text.compare(b.text);
        return c != 0 ? c : a.tie.compare(b.tie);
    }
    case Rule::TextList: {
        const qsizetype n = std::min(a.list.size(), b.list.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (const int c = compareText(a.list.at(i), b.list.at(i)))
                return c;
        }
        return threeWay(a.list.size(), b.list.size());
    }
    }
    return 0;
}

std::vector<int> SubscriptionSortKeys::order(Qt::SortOrder order) const
{
    std::vector<int> rows(m_values.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return before(compare(a, b), a, b, order); });
    return rows;
}

bool SubscriptionSortKeys::isOrdered(const std::vector<int> &rows, Qt::SortOrder order) const
{
    for (size_t i = 1; i < rows.size(); ++i) {
        if (!before(compare(rows[i - 1], rows[i]), rows[i - 1], rows[i], order))
            return false;
    }
    return true;
}

std::vector<int> SubscriptionSortKeys::reversed(const std::vector<int> &sorted) const
{
    std::vector<int> rows(sorted.rbegin(), sorted.rend());
    for (size_t start = 0; start < rows.size();) {
        size_t end = start + 1;
        while (end < rows.size() && compare(rows[start], rows[end]) == 0)
            ++end;
        std::reverse(rows.begin() + qsizetype(start), rows.begin() + qsizetype(end));
        start = end;
    }
    return rows;
}
