#pragma once

// Reads CSV back with Python's csv module (python3 -c), an implementation independent of the
// console's writer, so that a round trip tests the format and not the writer against itself.
// The text is decoded as utf-8-sig: a byte order mark is read as such, not as part of a field.
// Waiting for the child is fine here: this is test code.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <optional>

namespace PythonCsv {

inline QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// The records of `csv`, or nullopt (and *error) when Python is missing or cannot parse it.
inline std::optional<QList<QStringList>> parse(const QByteArray &csv, QString *error)
{
    static const char *const script = "import csv, io, json, sys\n"
                                      "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                                      "rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))\n"
                                      "sys.stdout.write(json.dumps(rows))\n";
    if (python().isEmpty()) {
        *error = QStringLiteral("python3 is not installed");
        return std::nullopt;
    }
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QString::fromLatin1(script)});
    if (!process.waitForStarted(30000)) {
        *error = process.errorString();
        return std::nullopt;
    }
    process.write(csv);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields << field.toString();
        rows << fields;
    }
    return rows;
}

// The records of `csv`, or none (with a warning that says why) when they cannot be read.
inline QList<QStringList> rowsOf(const QByteArray &csv)
{
    QString error;
    const auto rows = parse(csv, &error);
    if (!rows)
        qWarning("%s", qPrintable(error));
    return rows.value_or(QList<QStringList>());
}

}  // namespace PythonCsv
