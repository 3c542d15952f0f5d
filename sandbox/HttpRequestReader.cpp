#include "sandbox/HttpRequestReader.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QUrl>

namespace http = boost::beast::http;

struct HttpRequestReader::Parser
{
    http::request_parser<http::string_body> beast;
};

namespace {
QString toQString(boost::beast::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// The names the request log always used; anything else is UNKNOWN (and answered 405 or 404).
QString methodName(http::verb verb)
{
    switch (verb) {
    case http::verb::get:
    case http::verb::put:
    case http::verb::delete_:
    case http::verb::post:
    case http::verb::head:
    case http::verb::options:
    case http::verb::patch:
    case http::verb::connect:
    case http::verb::trace:
        return toQString(http::to_string(verb));
    default:
        return QStringLiteral("UNKNOWN");
    }
}
}  // namespace

HttpRequestReader::HttpRequestReader(const HttpLimits &limits)
    : m_limits(limits)
{
    reset();
}

HttpRequestReader::~HttpRequestReader() = default;

void HttpRequestReader::reset()
{
    m_parser = std::make_unique<Parser>();
    m_parser->beast.header_limit(m_limits.maxHeaderBytes);
    m_parser->beast.body_limit(m_limits.maxBodyBytes);
    // Not eager until the head is checked: put() stops right after the head, before any body byte.
    m_parser->beast.eager(false);
    m_state = State::NeedMore;
    m_headChecked = false;
    m_refusalStatus = 0;
    m_refusalReason.clear();
    m_refusalDetail.clear();
}

HttpRequestReader::State HttpRequestReader::read(QByteArray *input)
{
    while (m_state == State::NeedMore && !input->isEmpty()) {
        boost::beast::error_code ec;
        const std::size_t used =
            m_parser->beast.put(boost::asio::const_buffer(input->constData(), std::size_t(input->size())), ec);
        input->remove(0, qsizetype(used));
        if (ec == http::error::need_more) {
            // What Beast leaves unread is a line or section it waits to see whole. It bounds the
            // head, but not the trailer fields after a chunked body: bound them the same way.
            if (m_parser->beast.is_header_done() && input->size() > qsizetype(m_limits.maxHeaderBytes)) {
                return refuse(431, QStringLiteral("header too large"),
                              QStringLiteral("Request header or trailer fields too large: at most %1 bytes")
                                  .arg(m_limits.maxHeaderBytes));
            }
            return m_state;
        }
        if (ec == http::error::header_limit) {
            return refuse(
                431, QStringLiteral("header too large"),
                QStringLiteral("Request header fields too large: at most %1 bytes").arg(m_limits.maxHeaderBytes));
        }
        if (ec == http::error::body_limit) {
            return refuse(413, QStringLiteral("body too large"),
                          QStringLiteral("Request body too large: at most %1 bytes").arg(m_limits.maxBodyBytes));
        }
        if (ec) {
            return refuse(400, QStringLiteral("bad framing"),
                          QStringLiteral("Malformed HTTP request: %1").arg(QString::fromStdString(ec.message())));
        }
        if (m_parser->beast.is_header_done() && !m_headChecked) {
            m_headChecked = true;
            if (!checkHead())
                return m_state;
            m_parser->beast.eager(true);
        }
        if (m_parser->beast.is_done())
            m_state = State::Complete;
        else if (used == 0)
            return m_state;
    }
    return m_state;
}

bool HttpRequestReader::checkHead()
{
    const auto &message = m_parser->beast.get();
    int fields = 0;
    int hosts = 0;
    QByteArray codings;
    for (const auto &field : message) {
        ++fields;
        if (field.name() == http::field::host)
            ++hosts;
        if (field.name() == http::field::transfer_encoding) {
            if (!codings.isEmpty())
                codings += ',';
            codings += QByteArray(field.value().data(), qsizetype(field.value().size()));
        }
    }
    if (fields > m_limits.maxHeaderFields) {
        refuse(431, QStringLiteral("too many header fields"),
               QStringLiteral("Too many request header fields: at most %1").arg(m_limits.maxHeaderFields));
        return false;
    }
    // RFC 9112, 3.2: an HTTP/1.1 request without exactly one Host field is answered with 400.
    if (message.version() >= 11 && hosts != 1) {
        refuse(400, QStringLiteral("no single Host"),
               hosts == 0 ? QStringLiteral("Malformed HTTP request: an HTTP/1.1 request needs a Host header")
                          : QStringLiteral("Malformed HTTP request: more than one Host header"));
        return false;
    }
    // Beast frames "gzip" alone as a message without a body and "gzip, chunked" as chunked: either
    // would read bytes of the body as a request, or hand a coded body on as it is. Only "chunked"
    // alone is understood, and only in HTTP/1.1 (RFC 9112, 6.1).
    if (message.find(http::field::transfer_encoding) != message.end()
        && (codings.trimmed().toLower() != "chunked" || message.version() < 11)) {
        refuse(400, QStringLiteral("bad framing"),
               QStringLiteral("Malformed HTTP request: unsupported Transfer-Encoding (only \"chunked\" is accepted)"));
        return false;
    }
    return true;
}

HttpRequestReader::State HttpRequestReader::refuse(int status, const QString &reason, const QString &detail)
{
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalReason = reason;
    m_refusalDetail = detail;
    return m_state;
}

bool HttpRequestReader::headDone() const
{
    return m_parser->beast.is_header_done();
}

bool HttpRequestReader::wantsContinue() const
{
    if (m_state != State::NeedMore || !headDone() || m_parser->beast.is_done())
        return false;
    const auto &message = m_parser->beast.get();
    const auto expect = message.find(http::field::expect);
    return message.version() >= 11 && expect != message.end() && boost::beast::iequals(expect->value(), "100-continue");
}

bool HttpRequestReader::keepAlive() const
{
    return m_parser->beast.keep_alive();
}

QString HttpRequestReader::method() const
{
    const auto &message = m_parser->beast.get();
    if (message.method_string().empty())
        return QStringLiteral("-");
    return methodName(message.method());
}

ApiRequest HttpRequestReader::request(const QString &caller) const
{
    const auto &message = m_parser->beast.get();
    ApiRequest request;
    request.method = methodName(message.method());
    const QUrl url = QUrl::fromEncoded(QByteArray(message.target().data(), qsizetype(message.target().size())));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    const auto key = message.find("X-API-Key");
    if (key != message.end())
        request.apiKey = QByteArray(key->value().data(), qsizetype(key->value().size())).trimmed();
    request.body = QByteArray::fromStdString(message.body());
    request.caller = caller;
    return request;
}
