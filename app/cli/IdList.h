#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Subscription ids from the command line and, for "-", from stdin (whitespace, commas or new lines
// between ids; "#" starts a comment). Every token is checked before anything is sent: one bad id
// rejects the whole list, so a typo never half-runs a bulk command. Duplicates are dropped.
namespace IdList {

// Parses one id ("17"); nullopt for anything but a positive integer.
std::optional<qint64> parseId(const QString &token);

// `stdinText` is only read when `arguments` contains "-". On failure returns nullopt with a
// plain-language *error naming the bad tokens.
std::optional<QList<qint64>> parse(const QStringList &arguments, const QByteArray &stdinText, QString *error);

}  // namespace IdList
