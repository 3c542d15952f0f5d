#pragma once

#include "sandbox/ApiResponse.h"

#include <QByteArray>

// The bytes of one answer of the sandbox: status line, Content-Type and Content-Length (not for
// 204 and 304), the response's own headers, Connection: close when the connection ends after it,
// and the body unless withBody is false (HEAD).
class HttpResponseWriter
{
public:
    static QByteArray serialize(const ApiResponse &response, bool close, bool withBody);
    // "Too Many Requests" for 429.
    static QByteArray reasonPhrase(int status);
};
