#include "models/ActivityTableModel.h"

#include "models/TimeText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

ActivityTableModel::ActivityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeText::format(r.time);
        case UserColumn:
            return r.user;
        case KindColumn:
            return r.kind;
        case SubscriptionColumn:
            return r.subscriptionId ? QVariant(*r.subscriptionId) : QVariant();
        case UrlColumn:
            return r.url;
        case ChangeColumn:
            return r.change;
        case ResultColumn:
            return r.result;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeText::longFormat(r.time);
        case UserColumn:
            return r.origin;
        case ChangeColumn:
            return r.change;
        case ResultColumn:
            return r.resultDetail.isEmpty() ? r.result : r.resultDetail;
        case UrlColumn:
            return r.url;
        }
        return {};
    case Qt::ForegroundRole:
        // Failed in the palette's error-like colour; uncertain and unsent stand out as "look here".
        if (index.column() == ResultColumn && r.outcome == Outcome::Failed)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == ResultColumn && r.outcome != Outcome::Confirmed)
            return QBrush(QColor(0x9c, 0x6a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SubscriptionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return r.seq;
    case SubscriptionIdRole:
        return r.subscriptionId ? QVariant(*r.subscriptionId) : QVariant();
    case SearchRole:
        return r.searchKey;
    case OutcomeRole:
        return int(r.outcome);
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case SubscriptionColumn:
        return tr("Subscription");
    case UrlColumn:
        return tr("URL");
    case ChangeColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

QHash<int, QByteArray> ActivityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(SubscriptionIdRole, "subscriptionId");
    names.insert(SearchRole, "search");
    names.insert(OutcomeRole, "outcome");
    return names;
}

void ActivityTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowForSeq.insert(m_rows.at(i).seq, i);
}

QList<ActivityTableModel::Row> ActivityTableModel::withSearchKeys(QList<Row> rows)
{
    // The shown time's pattern once per batch, not once per row (TimeText::format's work).
    const QLocale locale;
    const QString shownTime =
        locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + TimeText::timeFormatWithSeconds(locale);
    for (Row &r : rows) {
        r.searchKey = QStringList{r.time.toString(Qt::ISODate),
                                  r.time.isValid() ? locale.toString(r.time.toLocalTime(), shownTime) : QString(),
                                  r.user,
                                  r.kind,
                                  r.subscriptionId ? QString::number(*r.subscriptionId) : QString(),
                                  r.url,
                                  r.change,
                                  r.result,
                                  r.resultDetail}
                          .join(QLatin1Char('\n'))
                          .toLower();
    }
    return rows;
}

void ActivityTableModel::setRows(const QList<Row> &rows)
{
    resetTo(withSearchKeys(rows));
}

void ActivityTableModel::resetTo(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowForSeq.clear();
    reindexFrom(0);
    endResetModel();
}

void ActivityTableModel::prependRows(const QList<Row> &newRows)
{
    if (newRows.isEmpty())
        return;
    const QList<Row> rows = withSearchKeys(newRows);
    if (!m_rows.isEmpty() && rows.constLast().seq >= m_rows.constFirst().seq) {
        // Not older than what is shown (the journal never does this): merge by a reset.
        QList<Row> all = rows + m_rows;
        std::sort(all.begin(), all.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
        all.erase(std::unique(all.begin(), all.end(), [](const Row &a, const Row &b) { return a.seq == b.seq; }),
                  all.end());
        resetTo(all);
        return;
    }
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    reindexFrom(0);
    endInsertRows();
}

void ActivityTableModel::updateFrom(qint64 fromSeq, const QList<Row> &newRows)
{
    const QList<Row> rows = withSearchKeys(newRows);
    const auto first =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), fromSeq, [](const Row &r, qint64 seq) { return r.seq < seq; });
    const int start = int(first - m_rows.cbegin());
    QHash<qint64, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).seq, i);

    // Removed rows (discarded from the journal), as runs from the end so that rows stay valid.
    for (int row = int(m_rows.size()) - 1; row >= start;) {
        if (incoming.contains(m_rows.at(row).seq)) {
            --row;
            continue;
        }
        int top = row;
        while (top - 1 >= start && !incoming.contains(m_rows.at(top - 1).seq))
            --top;
        beginRemoveRows({}, top, row);
        for (int i = top; i <= row; ++i)
            m_rowForSeq.remove(m_rows.at(i).seq);
        m_rows.remove(top, row - top + 1);
        endRemoveRows();
        row = top - 1;
    }
    reindexFrom(start);

    // Changed rows, reported as one range from the first to the last change.
    int changedTop = -1;
    int changedBottom = -1;
    int next = 0;  // the first incoming row not yet in the model
    for (int row = start; row < m_rows.size(); ++row) {
        const int in = incoming.value(m_rows.at(row).seq);
        next = std::max(next, in + 1);
        if (m_rows.at(row) == rows.at(in))
            continue;
        m_rows[row] = rows.at(in);
        changedTop = changedTop < 0 ? row : changedTop;
        changedBottom = row;
    }
    if (changedTop >= 0)
        Q_EMIT dataChanged(index(changedTop, 0), index(changedBottom, ColumnCount - 1));

    // New rows come after every kept one (journal order only grows); anything else is a reset.
    QList<Row> added;
    for (int i = next; i < rows.size(); ++i)
        added.append(rows.at(i));
    const bool inOrder =
        std::all_of(rows.cbegin(), rows.cbegin() + next, [this](const Row &r) { return m_rowForSeq.contains(r.seq); });
    if (!inOrder) {
        resetTo(m_rows.mid(0, start) + rows);
        return;
    }
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.append(added);
    reindexFrom(at);
    endInsertRows();
}

void ActivityTableModel::clear()
{
    setRows({});
}

void ActivityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
