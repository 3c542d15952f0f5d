#include "models/RelativeTimeText.h"

QString RelativeTimeText::amount(qint64 seconds)
{
    const qint64 a = seconds < 0 ? -seconds : seconds;
    // Separate singular strings instead of "%n hour(s)": the source text is shown as is when no
    // translator is installed, and "(s)" reads badly.
    if (a < 3600) {
        const int n = int(a / 60);
        return n == 1 ? tr("1 minute") : tr("%1 minutes").arg(n);
    }
    if (a < 48 * 3600) {
        const int n = int(a / 3600);
        return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n);
    }
    const int n = int(a / 86400);
    return tr("%1 days").arg(n);
}

QString RelativeTimeText::format(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid() || !now.isValid())
        return QString();
    const qint64 secs = now.secsTo(t);
    if (secs > -60 && secs < 60)
        return secs <= 0 ? tr("just now") : tr("in less than a minute");
    return secs < 0 ? tr("%1 ago").arg(amount(secs)) : tr("in %1").arg(amount(secs));
}
