#pragma once

#include "api/Delivery.h"

#include <QAbstractTableModel>
#include <QLocale>

// The attempts of one delivery (GET .../deliveries/{id} detail): time, HTTP status, duration,
// response excerpt and error.
class DeliveryAttemptTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, HttpStatusColumn, DurationColumn, ResponseColumn, ErrorColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw values
        AttemptRole,  // the whole DeliveryAttempt
        SucceededRole,  // bool: a 2xx status came back
    };
    Q_ENUM(Role)

    explicit DeliveryAttemptTableModel(QObject *parent = nullptr);

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

    // Replaces the attempts (from a delivery detail). New attempts at the end of the same delivery
    // are appended with one beginInsertRows; anything else resets.
    void setAttempts(qint64 deliveryId, const QList<DeliveryAttempt> &attempts);
    void setDelivery(const Delivery &delivery) { setAttempts(delivery.id, delivery.attempts); }
    void clear();

    qint64 deliveryId() const { return m_deliveryId; }
    const DeliveryAttempt &attemptAt(int row) const { return m_attempts.at(row); }

private:
    qint64 m_deliveryId = -1;
    QList<DeliveryAttempt> m_attempts;
    QLocale m_locale;
};
