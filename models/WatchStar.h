#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The texts of the star column: a filled star for a watched subscription, an outlined one to
// click for the others. Text rather than an icon, so that it follows the palette in light and dark.
class WatchStar
{
    Q_DECLARE_TR_FUNCTIONS(WatchStar)
public:
    static QString text(bool watched);
    static QString toolTip(bool watched);
    // For screen readers, which would read the star character by its name.
    static QString accessibleText(bool watched);
    static QString headerToolTip();
    // The roles a change of the star touches, with the model's own watched and sort roles.
    static QList<int> roles(int watchedRole, int sortRole);
};
