#pragma once

#include <QColor>
#include <QIcon>
#include <QVariant>

// Small round status badges (white glyph on a semantic colour) for DecorationRole. The badge
// carries its own contrast, so it reads on light and dark palettes alike. Each model owns one set
// (no global cache); pixmaps are painted on first use. Without a QGuiApplication (plain
// QCoreApplication programs) decoration() returns the bare QColor instead of an icon.
class StatusIconSet
{
public:
    enum Kind { Ok, Retrying, Failing, Error, Pending, KindCount };

    static QColor colour(Kind kind);
    QVariant decoration(Kind kind) const;

private:
    mutable QIcon m_icons[KindCount];
};
