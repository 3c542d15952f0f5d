#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Absolute times as the whole console writes them: the locale's short date and the time to the
// second ("07.12.26 10:31:05", "12/7/26 10:31:05 AM"), because retries can be seconds apart.
// Always through a QLocale: QDateTime::toString(format) without one is English in Qt 6.
class TimeText
{
public:
    // Short date and time with seconds, in local time; empty for an invalid time.
    static QString format(const QDateTime &utc, const QLocale &locale = QLocale());
    // The time of day with seconds ("10:31:05"), for "Updated ..." lines.
    static QString timeOfDay(const QDateTime &utc, const QLocale &locale = QLocale());
    // The long form with weekday and time zone, only for a tooltip that explains a short time.
    static QString longFormat(const QDateTime &utc, const QLocale &locale = QLocale());

    // The locale's short time format with seconds added where it has none ("HH:mm" -> "HH:mm:ss").
    static QString timeFormatWithSeconds(const QLocale &locale);
};
