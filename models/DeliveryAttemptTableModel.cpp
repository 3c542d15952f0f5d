#include "models/DeliveryAttemptTableModel.h"

#include "common/Duration.h"
#include "models/TimeText.h"

namespace {

// A valid index of this flat model. (checkIndex() would warn on the invalid indexes views and
// QAbstractItemModelTester pass on purpose.)
bool isCell(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && index.model() == model && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

// The table shows the start of the response; the whole excerpt (at most 4 KiB) is in the tooltip.
constexpr int kExcerptDisplayChars = 120;

QString oneLine(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > kExcerptDisplayChars)
        s = s.left(kExcerptDisplayChars - 1) + QChar(0x2026);
    return s;
}

bool succeeded(const DeliveryAttempt &a)
{
    return a.statusCode && *a.statusCode >= 200 && *a.statusCode < 300;
}

}  // namespace

DeliveryAttemptTableModel::DeliveryAttemptTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DeliveryAttemptTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int DeliveryAttemptTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> DeliveryAttemptTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(AttemptRole, "attempt");
    names.insert(SucceededRole, "succeeded");
    return names;
}

void DeliveryAttemptTableModel::retranslate()
{
    m_locale = QLocale();
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_attempts.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DeliveryAttemptTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_attempts.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant DeliveryAttemptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case HttpStatusColumn:
        return tr("HTTP status");
    case DurationColumn:
        return tr("Duration");
    case ResponseColumn:
        return tr("Response");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QVariant DeliveryAttemptTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(this, index))
        return {};
    const DeliveryAttempt &a = m_attempts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeText::format(a.at, m_locale);
        case HttpStatusColumn:
            return a.statusCode ? QString::number(*a.statusCode) : QStringLiteral("\u2014");
        case DurationColumn:
            // Duration::format gives the exact short form ("250ms", "6s").
            return a.durationMs > 0 ? Duration::format(a.durationMs) : tr("0ms");
        case ResponseColumn:
            return oneLine(a.responseExcerpt);
        case ErrorColumn:
            return a.error;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return a.at.isValid() ? QVariant(TimeText::longFormat(a.at, m_locale)) : QVariant();
        case ResponseColumn:
            return a.responseExcerpt.isEmpty() ? QVariant() : QVariant(a.responseExcerpt);
        case ErrorColumn:
            return a.error.isEmpty() ? QVariant() : QVariant(a.error);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return a.at;
        case HttpStatusColumn:
            return a.statusCode.value_or(0);
        case DurationColumn:
            return a.durationMs;
        case ResponseColumn:
            return a.responseExcerpt;
        case ErrorColumn:
            return a.error;
        }
        return {};
    case AttemptRole:
        return QVariant::fromValue(a);
    case SucceededRole:
        return succeeded(a);
    }
    return {};
}

void DeliveryAttemptTableModel::setAttempts(qint64 deliveryId, const QList<DeliveryAttempt> &attempts)
{
    const int old = int(m_attempts.size());
    // The same delivery with more attempts (a refresh while retrying): append only the new ones.
    const bool grows = deliveryId == m_deliveryId && attempts.size() > old
        && std::equal(m_attempts.cbegin(), m_attempts.cend(), attempts.cbegin());
    if (grows) {
        beginInsertRows({}, old, int(attempts.size()) - 1);
        m_attempts = attempts;
        endInsertRows();
        return;
    }
    if (deliveryId == m_deliveryId && attempts == m_attempts)
        return;
    beginResetModel();
    m_deliveryId = deliveryId;
    m_attempts = attempts;
    endResetModel();
}

void DeliveryAttemptTableModel::clear()
{
    beginResetModel();
    m_deliveryId = -1;
    m_attempts.clear();
    endResetModel();
}
