#pragma once

#include "api/DeliverySummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

// A subscription's delivery health in words, the same in the list and in the details: the state
// ("Failing"), the table cell ("Failing for 3 hours, 2 pending retries, next retry in 40 minutes")
// and its tooltip. Pure functions of the summary, "now" and the locale.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)

public:
    // "Failing", "Retrying", "No deliveries yet" or "OK".
    static QString state(const DeliverySummary &health);
    // The Health cell: how long it has been failing, when a delivery gives up if that is within
    // giveUpWarningSeconds, pending retries and the next retry.
    static QString cell(const DeliverySummary &health, const QDateTime &now, const QLocale &locale,
                        qint64 giveUpWarningSeconds);
    // Whether the first delivery still being retried is dropped within `seconds` of now.
    static bool givesUpWithin(const DeliverySummary &health, const QDateTime &now, qint64 seconds);
    // The Health cell's tooltip, with exact times; says so when the server sends no summary.
    static QString toolTip(const std::optional<DeliverySummary> &health, const QLocale &locale);
    // A delivery status word as the server sends it ("delivered"), in the user's language; a word
    // this console does not know stays as given.
    static QString statusName(const QString &status);
};
