#include "cli/IdList.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace IdList {

std::optional<qint64> parseId(const QString &token)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(token).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = token.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QList<qint64>> parse(const QStringList &arguments, const QByteArray &stdinText, QString *error)
{
    QStringList tokens;
    bool usedStdin = false;
    for (const QString &arg : arguments) {
        if (arg == u"-") {
            if (usedStdin)
                continue;
            usedStdin = true;
            const QStringList lines = QString::fromUtf8(stdinText).split(u'\n');
            for (QString line : lines) {
                const qsizetype hash = line.indexOf(u'#');
                if (hash >= 0)
                    line.truncate(hash);
                static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
                tokens += line.split(separators, Qt::SkipEmptyParts);
            }
        } else {
            tokens << arg;
        }
    }

    QList<qint64> ids;
    QSet<qint64> seen;
    QStringList bad;
    for (const QString &token : std::as_const(tokens)) {
        const auto id = parseId(token.trimmed());
        if (!id) {
            bad << token;
            continue;
        }
        if (!seen.contains(*id)) {
            seen.insert(*id);
            ids << *id;
        }
    }
    if (!bad.isEmpty()) {
        QStringList shown = bad.mid(0, 5);
        for (QString &s : shown)
            s = u'"' + s.left(40) + u'"';
        QString list = shown.join(QStringLiteral(", "));
        // The count is a variable: lupdate 6.4 hangs on translate(..., int(a - b)).
        const int more = int(bad.size()) - 5;
        if (more > 0)
            list += QCoreApplication::translate("webhookctl", " and %n more", nullptr, more);
        if (error)
            *error = QCoreApplication::translate(
                         "webhookctl", "Not a subscription id: %1. Ids are positive whole numbers; nothing was sent.")
                         .arg(list);
        return std::nullopt;
    }
    if (ids.isEmpty()) {
        if (error)
            *error = usedStdin
                ? QCoreApplication::translate("webhookctl", "No subscription ids were given on standard input.")
                : QCoreApplication::translate("webhookctl", "No subscription ids were given.");
        return std::nullopt;
    }
    return ids;
}

}  // namespace IdList
