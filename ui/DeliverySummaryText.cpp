#include "ui/DeliverySummaryText.h"

#include "models/DeliveryTableModel.h"

#include <QStringList>

namespace {
bool isActiveStatus(const QString &status)
{
    return status == QLatin1String("retrying") || status == QLatin1String("pending");
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// What went wrong last, for a ticket: the status once (the server's last_error often repeats it as
// "HTTP 500"), a network error as given, and the first line of the response body, which is what
// usually explains the failure.
QString lastErrorText(const Delivery &d)
{
    QStringList parts;
    bool errorRepeatsStatus = false;
    if (d.lastStatusCode) {
        parts << QCoreApplication::translate("DeliveriesPanel", "HTTP %1").arg(*d.lastStatusCode);
        errorRepeatsStatus = d.lastError.startsWith(QStringLiteral("HTTP %1").arg(*d.lastStatusCode));
    }
    if (!d.lastError.isEmpty() && !errorRepeatsStatus)
        parts << d.lastError;
    if (!d.attempts.isEmpty()) {
        const QStringList lines = d.attempts.last().responseExcerpt.split(u'\n');
        for (const QString &line : lines) {
            const QString firstLine = line.simplified();
            if (firstLine.isEmpty())
                continue;
            parts << QCoreApplication::translate("DeliveriesPanel", "response: %1").arg(firstLine.left(200));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}
}  // namespace

QString DeliverySummaryText::compose(const Subscription &subscription, const Delivery &d, const QDateTime &now)
{
    const QString status = DeliveryTableModel::statusDisplayName(DeliveryTableModel::statusFromString(d.status));
    QStringList lines;
    lines << tr("Subscription: %1").arg(subscription.id ? QString::number(*subscription.id) : tr("(no id)"));
    if (subscription.description && !subscription.description->isEmpty())
        lines << tr("Description: %1").arg(*subscription.description);
    lines << tr("URL: %1").arg(subscription.url);
    lines << tr("Delivery: %1 (event %2, %3), created %4")
                 .arg(d.id)
                 .arg(d.event, d.eventId.isEmpty() ? tr("no event id") : d.eventId, utcText(d.createdAt));
    lines << tr("Status: %1").arg(status.isEmpty() ? d.status : status);
    lines << tr("Attempts: %1 of %2").arg(std::max<int>(d.attemptCount, int(d.attempts.size()))).arg(d.maxAttempts);
    const QString last = lastErrorText(d);
    lines << tr("Last error: %1").arg(last.isEmpty() ? tr("none") : last);
    // Absolute times only: the text goes into a ticket and is read later, when "in 5 min" or
    // "due now" would be wrong.
    if (isActiveStatus(d.status) && d.nextAttemptAt.isValid())
        lines << tr("Next retry: %1").arg(utcText(d.nextAttemptAt));
    else if (d.status == QLatin1String("delivered"))
        lines << tr("Next retry: none (delivered)");
    else if (d.status == QLatin1String("failed"))
        lines << tr("Next retry: none (gave up)");
    else
        lines << tr("Next retry: not scheduled");
    if (d.givesUpAt.isValid())
        lines << (d.status == QLatin1String("failed") ? tr("Gave up at: %1") : tr("Gives up at: %1"))
                     .arg(utcText(d.givesUpAt));
    lines << tr("As of: %1").arg(utcText(now));
    return lines.join(u'\n') + u'\n';
}
