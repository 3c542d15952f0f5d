#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A typed failure of one API call. `kind` says what went wrong in terms a caller can act on;
// message() says it in plain words for people (translated). Field errors come from FastAPI-style
// bodies ({"detail":[{"loc":["body","url"],"msg":"..."}]}) or from client-side validation.
class ApiError
{
public:
    enum class Kind {
        None,  // no error
        Network,  // connection refused, reset, DNS failure, ...
        Timeout,  // no complete answer within the request's timeout
        Tls,  // certificate or handshake problem (never ignored)
        InsecureRefused,  // plain http:// to a non-loopback host without the caller's consent
        BadRequest,  // 400 (body not understood), 413 (too large)
        Validation,  // 422, or 400 naming fields: see fieldErrors
        Unauthorized,  // 401: missing or wrong API key
        Forbidden,  // 403
        NotFound,  // 404
        Conflict,  // 409
        RateLimited,  // 429 that outlived the queue's patience
        Server,  // 5xx
        HttpOther,  // any other unexpected status
        MalformedBody,  // the answer is not the documented shape
        InvalidInput,  // rejected before sending (client-side validation): see fieldErrors
        Cancelled,  // cancelled by the caller (one request, its bulk job, or everything)
        NotSupported,  // the server lacks the extension endpoint (404/405 on an extension)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;  // 0 when no HTTP answer came back
    QString detail;  // technical detail (server's "detail" text, Qt's error string)
    QMap<QString, QString> fieldErrors;  // field name ("url", "description", "events") -> message
    int attempts = 0;  // how many times the request was sent (0: not known)
    qint64 waitedMs = 0;  // how long it waited on the server in all, retries included

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Plain-language, translated text for people: what happened and what to do.
    QString message() const;
    // Stable machine name ("network", "timeout", "validation", ...) for JSON output and logs.
    QString kindName() const;
    // Whether the same request may succeed when simply sent again later.
    bool isTransient() const;

    static ApiError make(Kind kind, const QString &detail = {}, int httpStatus = 0);
    // Maps an HTTP error status and its body (FastAPI style, read tolerantly) to an error.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    // Client-side validation failure with per-field messages.
    static ApiError invalidInput(const QMap<QString, QString> &fieldErrors);

    bool operator==(const ApiError &) const = default;
};
