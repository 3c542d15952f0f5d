#pragma once

#include "api/Delivery.h"
#include "models/StatusIconSet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>

class Clock;

// One page of a subscription's deliveries (sandbox extension). Pure data in: the ui fetches pages
// and calls setPage(); refreshes of the same page are diffed so selection and scroll survive.
class DeliveryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EventColumn,
        CreatedColumn,
        StatusColumn,
        AttemptsColumn,  // "n of 49"
        LastResultColumn,  // HTTP status or error text
        NextAttemptColumn,
        GivesUpAtColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,  // raw values (QDateTime, int, QString)
        IdRole,  // qint64 delivery id
        DeliveryRole,  // the whole Delivery
        StatusRole,  // Status enum value (int)
        StatusTextRole,  // raw status string from the server
    };
    Q_ENUM(Role)

    enum Status { Pending, Retrying, Delivered, Failed, Unknown };
    Q_ENUM(Status)
    static Status statusFromString(const QString &status);
    static QString statusDisplayName(Status status);

    explicit DeliveryTableModel(QObject *parent = nullptr);
    explicit DeliveryTableModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLocale(const QLocale &locale);
    // After a language change: the header titles and every cell's text again, with dates and
    // numbers in the default QLocale.
    void retranslate();
    QLocale locale() const { return m_locale; }
    void setClock(const Clock *clock);
    // The subscription is disabled: the server makes no attempts until it is enabled again, so
    // "next attempt" says so instead of a time that passes without one.
    void setRetriesPaused(bool paused);
    bool retriesPaused() const { return m_retriesPaused; }

    // Replaces the rows with the page: removals in contiguous runs, one beginInsertRows per
    // contiguous batch of new deliveries, dataChanged with roles for changed ones (reset when
    // the server reorders). total/limit/offset are kept for paging.
    void setPage(const DeliveryPage &page);
    // Replaces one delivery (e.g. after a retry or a detail fetch); false when not on this page.
    bool updateDelivery(const Delivery &delivery);
    void clear();

    int total() const { return m_total; }
    int limit() const { return m_limit; }
    int offset() const { return m_offset; }

    int rowForId(qint64 id) const;  // O(1); -1 when not on this page
    const Delivery &deliveryAt(int row) const { return m_rows.at(row); }
    const DeliveryList &deliveries() const { return m_rows; }

public Q_SLOTS:
    void refreshRelativeTimes();

Q_SIGNALS:
    void pageChanged();

private:
    QVariant displayData(const Delivery &d, int column) const;
    QVariant sortData(const Delivery &d, int column) const;
    QVariant toolTip(const Delivery &d, int column) const;
    QString formatTime(const QDateTime &utc, QLocale::FormatType format = QLocale::ShortFormat) const;
    QString relativeTime(const QDateTime &t) const;
    QDateTime now() const;
    void rebuildIndexFrom(int firstRow);
    void emitRowsChanged(int first, int last);

    DeliveryList m_rows;
    QHash<qint64, int> m_idToRow;
    int m_total = 0;
    int m_limit = 50;
    int m_offset = 0;
    QLocale m_locale;
    QPointer<const Clock> m_clock;  // not owned; may go away first
    bool m_retriesPaused = false;
    StatusIconSet m_icons;
};
