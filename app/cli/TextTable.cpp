#include "cli/TextTable.h"

#include <algorithm>

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
    , m_maxWidths(headers.size(), 0)
{ }

void TextTable::setMaxWidth(int column, int width)
{
    if (column >= 0 && column < m_maxWidths.size())
        m_maxWidths[column] = width;
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row = cells;
    while (row.size() < m_headers.size())
        row << QString();
    for (int c = 0; c < m_headers.size(); ++c) {
        // One line per row: control characters from the server would break the layout.
        QString &cell = row[c];
        for (QChar &ch : cell) {
            if (ch.category() == QChar::Other_Control)
                ch = u' ';
        }
        const int max = m_maxWidths.value(c);
        if (max > 1 && cell.size() > max)
            cell = cell.left(max - 1) + QChar(0x2026);
    }
    m_rows << row;
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (int c = 0; c < m_headers.size(); ++c) {
        qsizetype w = m_headers[c].size();
        for (const QStringList &row : m_rows)
            w = std::max(w, row[c].size());
        widths << w;
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            if (c + 1 == cells.size())
                text += cells[c];  // no trailing blanks
            else
                text += cells[c].leftJustified(widths[c]) + QStringLiteral("  ");
        }
        return text + u'\n';
    };
    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}
