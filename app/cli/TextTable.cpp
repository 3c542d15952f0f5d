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

namespace {

// Foreground colours only (no bold, no background): they read on light and dark terminals alike.
const char *escapeFor(TextTable::Tone tone)
{
    switch (tone) {
    case TextTable::Tone::Plain:
        return nullptr;
    case TextTable::Tone::Good:
        return "\x1b[32m";
    case TextTable::Tone::Warning:
        return "\x1b[33m";
    case TextTable::Tone::Bad:
        return "\x1b[31m";
    case TextTable::Tone::Muted:
        return "\x1b[90m";
    }
    return nullptr;
}

}  // namespace

void TextTable::addRow(const QStringList &cells, const QList<Tone> &tones)
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
    m_tones << tones;
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
    auto line = [this, &widths](const QStringList &cells, const QList<Tone> &tones) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            const char *escape = m_colour ? escapeFor(tones.value(c, Tone::Plain)) : nullptr;
            if (escape)
                text += QLatin1String(escape) + cells[c] + QLatin1String("\x1b[0m");
            else
                text += cells[c];
            if (c + 1 < cells.size())  // no trailing blanks
                text += QString(widths[c] - cells[c].size() + 2, u' ');
        }
        return text + u'\n';
    };
    QString text = line(m_headers, {});
    for (int r = 0; r < m_rows.size(); ++r)
        text += line(m_rows[r], m_tones[r]);
    return text;
}
