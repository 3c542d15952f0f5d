#pragma once

#include <QString>
#include <QStringList>

// webhookctl's help laid out for the reader's terminal: paragraphs wrapped at spaces to the width,
// and two-column entries ("  --name VALUE   what it does") whose descriptions wrap under
// themselves. Translated texts carry no line breaks of their own, so English and German both fit
// whatever the width. (Qt wraps text only for painting; this is the plain-text counterpart.)
class HelpText
{
public:
    explicit HelpText(int width);

    // The width help is laid out for when nothing better is known (not a terminal, no COLUMNS).
    static constexpr int DefaultWidth = 80;
    // Narrower than this, entries would have no room left for their descriptions.
    static constexpr int MinimumWidth = 40;

    void paragraph(const QString &text);
    void line(const QString &text);  // as it is, not wrapped (headings)
    // "Usage: webhookctl update ID [--url URL] ...": continued lines start under the synopsis, and a
    // bracketed option ("[--url URL]") is never split.
    void usage(const QString &prefix, const QString &synopsis);
    void entry(const QString &name, const QString &description, int nameWidth = 24, int indent = 2);
    void blank();
    QString text() const { return m_text; }

    // Greedy word wrap to at most width characters a line; a word longer than that stays whole.
    static QStringList wrap(const QString &text, int width);

private:
    int m_width;
    QString m_text;
};
