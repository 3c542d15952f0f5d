#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

// What a table shows, as file content: the rows of a model in its order (a proxy's filter and
// sort included), the given columns in the given order under their header titles. No file I/O:
// the caller decides where the bytes go.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // CSV with a byte order mark (see CsvWriter::byteOrderMark). A checkable cell is "yes" or "no"
    // in the user's language; every cell is guarded against formulas, as it is text a user or a
    // server wrote (ids and dates never start with a guarded character).
    static QByteArray csv(const QAbstractItemModel &model, const QList<int> &columns);
    // A JSON array of the rows' subscriptions (SubscriptionTableModel::SubscriptionRole, as shown)
    // with the API's field names (SubscriptionJson), whichever columns are shown.
    static QByteArray subscriptionsJson(const QAbstractItemModel &model);
};
