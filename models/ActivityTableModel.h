#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The changes made from this computer (the journal's writes), one row each: when, who, what kind,
// which subscription, what changed from what to what, and how it ended. Rows come as values in
// journal order (the controller reads the journal; the model never does); a reload replaces the
// tail from a sequence number on, so a bulk job's state changes cost only the rows they touch.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        KindColumn,
        SubscriptionColumn,
        UrlColumn,
        ChangeColumn,
        ResultColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SeqRole = Qt::UserRole + 1,  // qint64 journal sequence number (also the sort key: journal order)
        SubscriptionIdRole,  // qint64, or invalid when the write names none (an unanswered create)
        SearchRole,  // every column's text and the ISO time, lower-cased, for one search box
        OutcomeRole,  // int Outcome
    };
    Q_ENUM(Role)
    enum class Outcome { Confirmed, Failed, Uncertain, NotSent, Discarded };
    Q_ENUM(Outcome)

    struct Row
    {
        qint64 seq = 0;
        QDateTime time;  // UTC
        QString user;
        QString kind;  // translated: "Disable", "Edit", ...
        std::optional<qint64> subscriptionId;
        QString url;
        QString change;  // "enabled: on → off"
        QString result;  // short: "Confirmed", "Failed: 404 ..."
        QString resultDetail;  // the whole sentence, for the tooltip
        Outcome outcome = Outcome::Confirmed;
        QString origin;  // "profile staging on https://..." for the tooltip
        // SearchRole's text, filled in by the model as rows arrive: a search keystroke then reads
        // it instead of formatting and lower-casing every row again.
        QString searchKey;
        bool operator==(const Row &) const = default;
    };

    explicit ActivityTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (a reset).
    void setRows(const QList<Row> &rows);
    // Older rows (ascending seq, all below the first row's) in front of the others, as one batch.
    void prependRows(const QList<Row> &newRows);
    // Replaces the rows with seq >= fromSeq by `rows` (ascending seq, all >= fromSeq): kept rows
    // that changed are updated, missing ones removed, new ones appended, each as one batch.
    void updateFrom(qint64 fromSeq, const QList<Row> &newRows);
    void clear();
    void retranslate();

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowForSeq(qint64 seq) const { return m_rowForSeq.value(seq, -1); }
    qint64 lastSeq() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().seq; }
    qint64 firstSeq() const { return m_rows.isEmpty() ? 0 : m_rows.constFirst().seq; }

private:
    void reindexFrom(int row);
    // setRows() for rows that already carry their search keys.
    void resetTo(const QList<Row> &rows);
    static QList<Row> withSearchKeys(QList<Row> rows);

    QList<Row> m_rows;  // ascending seq
    QHash<qint64, int> m_rowForSeq;
};
