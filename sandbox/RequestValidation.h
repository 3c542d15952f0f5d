#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class EventCatalogue;

// FastAPI/pydantic-style validation of request bodies and parameters. Each function appends
// {"loc", "msg", "type"} errors to `errors` and returns the parsed value when valid.
namespace RequestValidation {
// An absolute http(s) URL of 1 to 2083 characters.
std::optional<QString> url(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors);
// A string of at most 1000 characters, or null (engaged optional holding nullopt).
std::optional<std::optional<QString>> description(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors);
std::optional<bool> boolean(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors);
// A list of known event names of at most 255 characters each (duplicates dropped).
std::optional<QStringList> events(const QJsonValue &value, const EventCatalogue &catalogue, const QJsonArray &loc,
                                  QJsonArray &errors);
// A path parameter that must be an integer; nullopt with an error when it is not, or a value that
// cannot exist (too large) mapped to -1.
std::optional<qint64> pathId(const QString &text, const QString &name, QJsonArray &errors);
// An integer query parameter within [min, max], or fallback when absent.
std::optional<int> queryInt(const std::optional<QString> &text, const QString &name, int fallback, int min, int max,
                            QJsonArray &errors);
}  // namespace RequestValidation
