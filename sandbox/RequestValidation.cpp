#include "sandbox/RequestValidation.h"

#include "sandbox/EventCatalogue.h"
#include "sandbox/SandboxJson.h"

#include "common/UnicodeText.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace RequestValidation {

namespace {
QJsonArray at(QJsonArray loc, const QJsonValue &part)
{
    loc.append(part);
    return loc;
}
}  // namespace

std::optional<QString> url(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors)
{
    if (!value.isString()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid string"),
                                                   QStringLiteral("string_type")));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.isEmpty()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid URL, input is empty"),
                                                   QStringLiteral("url_parsing")));
        return std::nullopt;
    }
    if (UnicodeText::codePoints(text) > 2083) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("URL should have at most 2083 characters"),
                                                   QStringLiteral("url_too_long")));
        return std::nullopt;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || text.contains(u' ')) {
        errors.append(SandboxJson::validationError(
            loc, QStringLiteral("Input should be a valid URL, relative URL without a base"),
            QStringLiteral("url_parsing")));
        return std::nullopt;
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("URL scheme should be 'http' or 'https'"),
                                                   QStringLiteral("url_scheme")));
        return std::nullopt;
    }
    if (parsed.host().isEmpty()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid URL, empty host"),
                                                   QStringLiteral("url_parsing")));
        return std::nullopt;
    }
    return text;
}

std::optional<std::optional<QString>> description(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors)
{
    if (value.isNull())
        return std::optional<QString>();
    if (!value.isString()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid string"),
                                                   QStringLiteral("string_type")));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (UnicodeText::codePoints(text) > 1000) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("String should have at most 1000 characters"),
                                                   QStringLiteral("string_too_long")));
        return std::nullopt;
    }
    return std::optional<QString>(text);
}

std::optional<bool> boolean(const QJsonValue &value, const QJsonArray &loc, QJsonArray &errors)
{
    if (!value.isBool()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid boolean"),
                                                   QStringLiteral("bool_type")));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> events(const QJsonValue &value, const EventCatalogue &catalogue, const QJsonArray &loc,
                                  QJsonArray &errors)
{
    if (!value.isArray()) {
        errors.append(SandboxJson::validationError(loc, QStringLiteral("Input should be a valid list"),
                                                   QStringLiteral("list_type")));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    QSet<QString> seen;
    const qsizetype before = errors.size();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonArray itemLoc = at(loc, int(i));
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            errors.append(SandboxJson::validationError(itemLoc, QStringLiteral("Input should be a valid string"),
                                                       QStringLiteral("string_type")));
            continue;
        }
        const QString name = item.toString();
        if (UnicodeText::codePoints(name) > 255) {
            errors.append(SandboxJson::validationError(itemLoc,
                                                       QStringLiteral("String should have at most 255 characters"),
                                                       QStringLiteral("string_too_long")));
            continue;
        }
        if (!catalogue.contains(name)) {
            errors.append(SandboxJson::validationError(
                itemLoc,
                QStringLiteral("Unknown event type '%1'; GET /api/v1/webhooks/types lists the valid ones").arg(name),
                QStringLiteral("value_error")));
            continue;
        }
        if (!seen.contains(name)) {
            seen.insert(name);
            result << name;
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return result;
}

std::optional<qint64> pathId(const QString &text, const QString &name, QJsonArray &errors)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    if (!integer.match(text).hasMatch()) {
        errors.append(SandboxJson::validationError(
            QJsonArray{QStringLiteral("path"), name},
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
            QStringLiteral("int_parsing")));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? id : -1;
}

std::optional<int> queryInt(const std::optional<QString> &text, const QString &name, int fallback, int min, int max,
                            QJsonArray &errors)
{
    if (!text)
        return fallback;
    const QJsonArray loc{QStringLiteral("query"), name};
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok) {
        errors.append(SandboxJson::validationError(
            loc, QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
            QStringLiteral("int_parsing")));
        return std::nullopt;
    }
    if (value < min) {
        errors.append(
            SandboxJson::validationError(loc, QStringLiteral("Input should be greater than or equal to %1").arg(min),
                                         QStringLiteral("greater_than_equal")));
        return std::nullopt;
    }
    if (value > max) {
        errors.append(SandboxJson::validationError(loc,
                                                   QStringLiteral("Input should be less than or equal to %1").arg(max),
                                                   QStringLiteral("less_than_equal")));
        return std::nullopt;
    }
    return int(value);
}

}  // namespace RequestValidation
