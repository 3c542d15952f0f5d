#include "sandbox/HttpResponseWriter.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

QByteArray HttpResponseWriter::reasonPhrase(int status)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    if (status == 200)
        return "OK";
    const char *key = meta.valueToKey(status);
    if (!key)
        return "Status";
    // "TooManyRequests" -> "Too Many Requests"
    QByteArray phrase;
    for (const char *c = key; *c; ++c) {
        if (c != key && *c >= 'A' && *c <= 'Z')
            phrase += ' ';
        phrase += *c;
    }
    return phrase;
}

QByteArray HttpResponseWriter::serialize(const ApiResponse &response, bool close, bool withBody)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204 && response.status != 304) {
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (withBody && response.status != 204 && response.status != 304)
        out += response.body;  // HEAD: headers only
    return out;
}
