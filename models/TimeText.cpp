#include "models/TimeText.h"

QString TimeText::timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('s')))
        return format;
    // The seconds follow the minutes with the separator the locale puts before the minutes.
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes < 0)
        return format;
    const QChar separator = minutes > 0 && !format.at(minutes - 1).isLetter() ? format.at(minutes - 1) : QChar(u':');
    format.insert(minutes + 2, QString(separator) + QLatin1String("ss"));
    return format;
}

QString TimeText::format(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(utc.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormatWithSeconds(locale));
}

QString TimeText::timeOfDay(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(utc.toLocalTime().time(), timeFormatWithSeconds(locale));
}

QString TimeText::longFormat(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(utc.toLocalTime(), QLocale::LongFormat);
}
