#pragma once

#include "sandbox/StoredDelivery.h"
#include "sandbox/StoredSubscription.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// JSON shapes of the sandbox API (the wire contract), in one place.
namespace SandboxJson {
// RFC 3339 UTC with milliseconds, e.g. 2026-11-27T16:08:00.123Z.
QString timestamp(qint64 msSinceEpoch);
QJsonValue timestampOrNull(const std::optional<qint64> &msSinceEpoch);
QString compact(const QJsonValue &value);

// {"detail": "..."}
QJsonObject detail(const QString &message);
// One FastAPI-style validation error: {"loc": [...], "msg": "...", "type": "..."}.
QJsonObject validationError(const QJsonArray &loc, const QString &message, const QString &type);

// Which fields a subscription object carries: all of them, or only those the vendor documents
// (no `events`, no delivery summary), so that clients can be tested against the vendor's shape.
enum class Fields { All, DocumentedOnly };

QJsonObject subscription(const StoredSubscription &s, bool withSecret = false, Fields fields = Fields::All);
// The same object written straight as JSON text: the list of 10,000 subscriptions is written
// without building a QJsonObject per row (several times faster).
void appendSubscription(QByteArray &out, const StoredSubscription &s, bool withSecret = false,
                        Fields fields = Fields::All);
void appendString(QByteArray &out, QStringView text);
// RFC 3339 UTC with milliseconds, without QDateTime (hot path).
void appendTimestamp(QByteArray &out, qint64 msSinceEpoch);
QJsonObject delivery(const StoredDelivery &d, bool withAttempts = false);
}  // namespace SandboxJson
