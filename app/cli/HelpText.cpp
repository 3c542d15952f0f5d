#include "cli/HelpText.h"

#include <algorithm>

HelpText::HelpText(int width)
    : m_width(std::max(width, MinimumWidth))
{ }

QStringList HelpText::wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            lines << current;
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

void HelpText::paragraph(const QString &text)
{
    for (const QString &l : wrap(text, m_width))
        m_text += l + u'\n';
}

void HelpText::usage(const QString &prefix, const QString &synopsis)
{
    QStringList tokens;
    int depth = 0;
    for (const QString &word : synopsis.split(u' ', Qt::SkipEmptyParts)) {
        if (depth > 0)
            tokens.last() += u' ' + word;
        else
            tokens << word;
        depth += int(word.count(u'[')) - int(word.count(u']'));
    }
    const QString indent(prefix.size() + 1, u' ');
    QString current = prefix;
    for (const QString &token : std::as_const(tokens)) {
        if (current.size() > indent.size() && current.size() + 1 + token.size() > m_width) {
            m_text += current + u'\n';
            current = indent.chopped(1);
        }
        current += u' ' + token;
    }
    m_text += current + u'\n';
}

void HelpText::line(const QString &text)
{
    m_text += text + u'\n';
}

void HelpText::entry(const QString &name, const QString &description, int nameWidth, int indent)
{
    // A name longer than its column gets a line of its own; the description starts under the column.
    const QString pad(indent + nameWidth + 2, u' ');
    const QStringList lines = wrap(description, std::max(m_width - int(pad.size()), MinimumWidth / 2));
    QString first = QString(indent, u' ') + name;
    if (name.size() > nameWidth) {
        m_text += first + u'\n';
        first = pad;
    } else {
        first = first.leftJustified(int(pad.size()));
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_text += (i == 0 ? first : pad) + lines.at(i) + u'\n';
    if (lines.isEmpty())
        m_text += first.trimmed().isEmpty() ? QString() : first.trimmed() + u'\n';
}

void HelpText::blank()
{
    m_text += u'\n';
}
