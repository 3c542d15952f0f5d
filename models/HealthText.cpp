#include "models/HealthText.h"

#include "models/DeliveryTableModel.h"
#include "models/RelativeTimeText.h"
#include "models/TimeText.h"

#include <QStringList>

QString HealthText::state(const DeliverySummary &h)
{
    if (h.isFailing())
        return tr("Failing");
    if (h.pendingRetries > 0 || h.lastDeliveryStatus == QLatin1String("retrying"))
        return tr("Retrying");
    if (!h.lastDeliveryAt.isValid() && h.lastDeliveryStatus.isEmpty())
        return tr("No deliveries yet");
    return tr("OK");
}

bool HealthText::givesUpWithin(const DeliverySummary &h, const QDateTime &now, qint64 seconds)
{
    return h.givesUpAt.isValid() && now.secsTo(h.givesUpAt) <= seconds;
}

QString HealthText::cell(const DeliverySummary &h, const QDateTime &now, const QLocale &locale,
                         qint64 giveUpWarningSeconds)
{
    QStringList parts;
    if (h.isFailing()) {
        // A duration, not "since 3 hours ago": it reads right in every language.
        const qint64 failingFor = h.failingSince.secsTo(now);
        parts << (failingFor < 60 ? tr("Failing since just now")
                                  : tr("Failing for %1").arg(RelativeTimeText::amount(failingFor)));
    }
    if (givesUpWithin(h, now, giveUpWarningSeconds)) {
        // Deliveries the server drops are lost to the customer: worth saying before the retries.
        parts << (h.givesUpAt <= now ? tr("gives up now")
                                     : tr("gives up %1").arg(RelativeTimeText::format(h.givesUpAt, now)));
    }
    if (h.pendingRetries > 0)
        parts << (h.pendingRetries == 1 ? tr("1 pending retry")
                                        : tr("%1 pending retries").arg(locale.toString(h.pendingRetries)));
    if (h.nextRetryAt.isValid()) {
        // The summary is as old as the last load: a retry time that has passed was due, and what
        // came of it is only known after the next update.
        parts << (h.nextRetryAt <= now ? tr("retry due, waiting for the next update")
                                       : tr("next retry %1").arg(RelativeTimeText::format(h.nextRetryAt, now)));
    }
    if (parts.isEmpty())
        return state(h);
    return parts.join(QLatin1String(", "));
}

QString HealthText::toolTip(const std::optional<DeliverySummary> &health, const QLocale &locale)
{
    if (!health)
        return tr("The server does not report delivery health.");
    const DeliverySummary &h = *health;
    QStringList lines;
    if (h.isFailing())
        lines << tr("Failing since: %1").arg(TimeText::format(h.failingSince, locale));
    if (h.lastDeliveryAt.isValid())
        lines << tr("Last delivery: %1 (%2)")
                     .arg(TimeText::format(h.lastDeliveryAt, locale), statusName(h.lastDeliveryStatus));
    lines << tr("Pending retries: %1").arg(locale.toString(h.pendingRetries));
    if (h.nextRetryAt.isValid())
        lines << tr("Next retry: %1").arg(TimeText::format(h.nextRetryAt, locale));
    if (h.givesUpAt.isValid())
        lines << tr("Gives up at: %1").arg(TimeText::format(h.givesUpAt, locale));
    return lines.join(QLatin1Char('\n'));
}

QString HealthText::statusName(const QString &status)
{
    if (status.isEmpty())
        return tr("unknown");
    const DeliveryTableModel::Status known = DeliveryTableModel::statusFromString(status);
    return known == DeliveryTableModel::Unknown ? status : DeliveryTableModel::statusDisplayName(known);
}
