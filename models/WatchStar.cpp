#include "models/WatchStar.h"

QString WatchStar::text(bool watched)
{
    return watched ? QStringLiteral("\u2605") : QStringLiteral("\u2606");
}

QString WatchStar::toolTip(bool watched)
{
    return watched ? tr("Watched: you get a desktop notification when it starts failing, recovers or gives up "
                        "soon. Click to stop watching.")
                   : tr("Click to watch: get a desktop notification when it starts failing, recovers or gives up "
                        "soon.");
}

QString WatchStar::accessibleText(bool watched)
{
    return watched ? tr("Watched") : tr("Not watched");
}

QString WatchStar::headerToolTip()
{
    return tr("Watched subscriptions: a desktop notification when one starts failing, recovers or gives up soon");
}

QList<int> WatchStar::roles(int watchedRole, int sortRole)
{
    return {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, watchedRole, sortRole};
}
