#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// "3 hours ago", "in 40 minutes": coarse relative times for table cells (the exact time goes in
// the tooltip). Pure function of the two instants, so tests pass a fake "now".
class RelativeTimeText
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTimeText)
public:
    static QString format(const QDateTime &t, const QDateTime &now);
    // "1 minute" / "5 minutes" etc.: readable in English even when no translation is loaded.
    static QString amount(qint64 seconds);
};
