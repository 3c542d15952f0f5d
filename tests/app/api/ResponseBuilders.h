#pragma once

// Answers built by hand, for tests of what is made of them (header only, not a test itself).

#include "api/HttpResponse.h"

namespace ResponseBuilders {

inline HttpResponse http(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpResponse r;
    r.status = status;
    r.headers = headers;
    return r;
}

inline HttpResponse failure(HttpResponse::Outcome outcome)
{
    HttpResponse r;
    r.outcome = outcome;
    return r;
}

}  // namespace ResponseBuilders
