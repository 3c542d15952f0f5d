#include "models/TableExport.h"

#include "api/SubscriptionJson.h"
#include "common/CsvWriter.h"
#include "models/SubscriptionTableModel.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray TableExport::csv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList header;
    for (int column : columns)
        header << CsvWriter::guardFormula(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QString text = CsvWriter::record(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            const QVariant check = index.data(Qt::CheckStateRole);
            if (check.isValid())
                fields << (check.value<Qt::CheckState>() == Qt::Checked ? tr("yes") : tr("no"));
            else
                fields << CsvWriter::guardFormula(index.data(Qt::DisplayRole).toString());
        }
        text += CsvWriter::record(fields);
    }
    return CsvWriter::byteOrderMark() + text.toUtf8();
}

QByteArray TableExport::subscriptionsJson(const QAbstractItemModel &model)
{
    QJsonArray array;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = model.index(row, 0).data(SubscriptionTableModel::SubscriptionRole);
        if (value.canConvert<Subscription>())
            array.append(SubscriptionJson::encode(value.value<Subscription>()));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
