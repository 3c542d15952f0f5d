#include "api/ApiError.h"

#include "api/JsonDecoder.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}
}  // namespace

ApiError ApiError::make(Kind kind, const QString &detail, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::invalidInput(const QMap<QString, QString> &fieldErrors)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.fieldErrors = fieldErrors;
    QStringList parts;
    for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
        parts << it.key() + QStringLiteral(": ") + it.value();
    e.detail = parts.join(QStringLiteral("; "));
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    if (status >= 200 && status < 300)
        return e;
    const auto parsed = JsonDecoder::errorBody(body);
    e.detail = parsed.detail;
    e.fieldErrors = parsed.fieldErrors;
    switch (status) {
    case 400:
        e.kind = e.fieldErrors.isEmpty() ? Kind::BadRequest : Kind::Validation;
        break;
    case 413:
        e.kind = Kind::BadRequest;
        break;
    case 422:
        e.kind = Kind::Validation;
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        break;
    case 403:
        e.kind = Kind::Forbidden;
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    case 409:
        e.kind = Kind::Conflict;
        break;
    case 429:
        e.kind = Kind::RateLimited;
        break;
    default:
        e.kind = status >= 500 && status < 600 ? Kind::Server : Kind::HttpOther;
        break;
    }
    return e;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureRefused:
        return QStringLiteral("insecure-refused");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::HttpOther:
        return QStringLiteral("http");
    case Kind::MalformedBody:
        return QStringLiteral("malformed-body");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::NotSupported:
        return QStringLiteral("not-supported");
    }
    return QStringLiteral("unknown");
}

QString ApiError::message() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("The server could not be reached. Check the address and your network connection.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time. Try again in a moment.");
        break;
    case Kind::Tls:
        text = tr("The secure connection to the server failed: its certificate could not be trusted. "
                  "Nothing was sent.");
        break;
    case Kind::InsecureRefused:
        text = tr("The server address uses plain http:// to another computer, so the API key would be "
                  "sent unencrypted. Use https://, or allow insecure connections explicitly.");
        break;
    case Kind::BadRequest:
        text = httpStatus == 413 ? tr("The request was too large for the server.")
                                 : tr("The server did not understand the request.");
        break;
    case Kind::Validation:
        text = tr("The server rejected some values.");
        break;
    case Kind::Unauthorized:
        text = tr("The API key was not accepted. Check the key in the profile settings.");
        break;
    case Kind::Forbidden:
        text = tr("This API key is not allowed to do that.");
        break;
    case Kind::NotFound:
        text = tr("The subscription (or item) does not exist, or was deleted in the meantime.");
        break;
    case Kind::Conflict:
        text = tr("The change conflicts with the current state on the server. Reload and try again.");
        break;
    case Kind::RateLimited:
        text = tr("The server's rate limit was reached. Try again in a moment.");
        break;
    case Kind::Server:
        text = tr("The server had an internal problem (HTTP %1). Try again later.").arg(httpStatus);
        break;
    case Kind::HttpOther:
        text = tr("The server answered with an unexpected status (HTTP %1).").arg(httpStatus);
        break;
    case Kind::MalformedBody:
        text = tr("The server's answer could not be read.");
        break;
    case Kind::InvalidInput:
        text = tr("Some values are not valid.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::NotSupported:
        return tr("This server does not offer delivery details.");
    }
    if (!fieldErrors.isEmpty()) {
        QStringList parts;
        for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
            parts << it.key() + QStringLiteral(": ") + it.value();
        text += u' ' + parts.join(QStringLiteral("; "));
    } else if (!detail.isEmpty() && kind != Kind::Tls && kind != Kind::InsecureRefused) {
        text += QStringLiteral(" (") + detail + u')';
    } else if (kind == Kind::Tls && !detail.isEmpty()) {
        // The certificate's details (several lines, see CertificateReport) follow the summary.
        text += u'\n' + detail;
    }
    return text;
}
