#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Plain-text columns for people: a header row, then rows, columns padded to the widest cell.
// Cells longer than a column's maximum are cut with an ellipsis (scripts use --json instead).
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void setMaxWidth(int column, int width);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    QString render() const;

private:
    QStringList m_headers;
    QList<int> m_maxWidths;
    QList<QStringList> m_rows;
};
