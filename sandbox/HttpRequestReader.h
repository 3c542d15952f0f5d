#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpLimits.h"

#include <QByteArray>
#include <QString>

#include <memory>

// Reads one HTTP/1.1 request off the front of a connection's bytes, without doing any I/O: the
// message framing is Boost.Beast's parser (RFC 9112: Content-Length together with
// Transfer-Encoding, differing or malformed lengths, bad chunks), plus the checks of the head it
// leaves to the caller (a transfer coding other than "chunked" alone, too many header fields).
// What does not frame cleanly is refused with its status, and the connection must not be read on.
class HttpRequestReader
{
public:
    enum class State { NeedMore, Complete, Refused };

    explicit HttpRequestReader(const HttpLimits &limits);
    ~HttpRequestReader();
    HttpRequestReader(const HttpRequestReader &) = delete;
    HttpRequestReader &operator=(const HttpRequestReader &) = delete;

    // Consumes what it can from the front of *input; bytes it leaves belong to this request's
    // unfinished head or to the next request.
    State read(QByteArray *input);
    // Starts over for the next request on the same connection.
    void reset();

    bool headDone() const;
    // The head asked for "100 Continue" and its body has not come yet.
    bool wantsContinue() const;
    // After Complete: whether the connection may carry another request.
    bool keepAlive() const;
    // After Complete: the request as the API layer takes it.
    ApiRequest request(const QString &caller) const;
    // The method as the request log shows it ("-" before the request line was read).
    QString method() const;

    // After Refused: the status to answer (400, 413, 431), a short reason for the log and a
    // sentence for the client.
    int refusalStatus() const { return m_refusalStatus; }
    QString refusalReason() const { return m_refusalReason; }
    QString refusalDetail() const { return m_refusalDetail; }

private:
    struct Parser;
    State refuse(int status, const QString &reason, const QString &detail);
    bool checkHead();

    HttpLimits m_limits;
    std::unique_ptr<Parser> m_parser;
    State m_state = State::NeedMore;
    bool m_headChecked = false;
    int m_refusalStatus = 0;
    QString m_refusalReason;
    QString m_refusalDetail;
};
