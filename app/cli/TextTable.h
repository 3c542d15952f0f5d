#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Plain-text columns for people: a header row, then rows, columns padded to the widest cell.
// Cells longer than a column's maximum are cut with an ellipsis (scripts use --json instead).
// A cell may carry a tone, drawn as an ANSI colour when colour is on (a terminal without NO_COLOR);
// the columns are padded by the visible text, so colour never shifts them.
class TextTable
{
public:
    enum class Tone { Plain, Good, Warning, Bad, Muted };

    explicit TextTable(const QStringList &headers);

    void setMaxWidth(int column, int width);
    void setColour(bool colour) { m_colour = colour; }
    // `tones` may be shorter than `cells`: the rest are plain.
    void addRow(const QStringList &cells, const QList<Tone> &tones = {});
    int rowCount() const { return int(m_rows.size()); }
    QString render() const;

private:
    QStringList m_headers;
    QList<int> m_maxWidths;
    QList<QStringList> m_rows;
    QList<QList<Tone>> m_tones;
    bool m_colour = false;
};
