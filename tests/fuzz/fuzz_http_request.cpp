// libFuzzer target over the sandbox's HTTP framing: HttpRequestReader (Boost.Beast's parser plus
// the checks of the head) reading a connection's bytes, pipelined requests included.
//
// Input: the raw bytes a client sends (readable seeds in corpus/http_request/).
//
// Checked: the bytes read whole and the same bytes fed one at a time give the same requests
// (method, path, key, body, keep-alive), so no request can appear or vanish with the way TCP cuts
// the bytes; a refusal is 400, 413 or 431; a body never exceeds the bound; the reader never holds
// more than a bounded head of unread bytes.
#include "FuzzCheck.h"

#include "sandbox/HttpLimits.h"
#include "sandbox/HttpRequestReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdio>
#include <cstdint>

namespace {
// What a connection makes of the bytes: one line per request, then the refusal if any.
QStringList outcome(const QByteArray &bytes, qsizetype piece, const HttpLimits &limits)
{
    QStringList lines;
    HttpRequestReader reader(limits);
    QByteArray input;
    qsizetype fed = 0;
    while (lines.size() < 64) {
        const HttpRequestReader::State state = reader.read(&input);
        if (state == HttpRequestReader::State::NeedMore) {
            if (fed >= bytes.size())
                break;
            input += bytes.mid(fed, piece);
            fed += piece;
            // Unread bytes are at most a head that is not whole yet plus the new piece.
            FUZZ_CHECK(input.size() <= qsizetype(limits.maxHeaderBytes) + piece);
            continue;
        }
        if (state == HttpRequestReader::State::Refused) {
            const int status = reader.refusalStatus();
            FUZZ_CHECK(status == 400 || status == 413 || status == 431);
            lines << QStringLiteral("refused %1 %2").arg(status).arg(reader.refusalReason());
            break;
        }
        const ApiRequest request = reader.request(QStringLiteral("127.0.0.1"));
        FUZZ_CHECK(quint64(request.body.size()) <= limits.maxBodyBytes);
        lines << request.method + u' ' + request.path + u' ' + QString::fromLatin1(request.apiKey.toHex()) + u' '
                + QString::fromLatin1(request.body.toHex()) + u' ' + (reader.keepAlive() ? u'k' : u'c');
        reader.reset();
    }
    if (lines.isEmpty() || !lines.last().startsWith(u"refused"))
        lines << QStringLiteral("pending");
    return lines;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    HttpLimits limits;
    // Small bounds, so that the fuzzer reaches them.
    limits.maxHeaderBytes = 512;
    limits.maxHeaderFields = 8;
    limits.maxBodyBytes = 256;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList whole = outcome(bytes, qMax<qsizetype>(1, bytes.size()), limits);
    const QStringList byByte = outcome(bytes, 1, limits);
    // Beast finds a bad request line at once when the whole line is there, but waits for the end of
    // the head when bytes come one at a time: the two may end differently (refused, or still waiting
    // for the head, or refused for another reason), never with different requests. Its header
    // limit counts the request line too when the head comes in pieces, not when it comes whole: a
    // head near the limit may be refused (431) one way and read the other, and then the requests
    // before it must agree.
    const auto requests = [](QStringList lines) {
        lines.removeLast();
        return lines;
    };
    const auto isPrefix = [](const QStringList &shorter, const QStringList &longer) {
        return shorter.size() <= longer.size() && longer.mid(0, shorter.size()) == shorter;
    };
    const QString tooLarge = QStringLiteral("refused 431 header too large");
    bool agree = false;
    if (whole.last() == tooLarge && byByte.last() == tooLarge) {
        // Both refused, each at its own point: the one that refused first read a prefix.
        agree = isPrefix(requests(whole), requests(byByte)) || isPrefix(requests(byByte), requests(whole));
    } else if (whole.last() == tooLarge || byByte.last() == tooLarge) {
        agree = whole.last() == tooLarge ? isPrefix(requests(whole), requests(byByte))
                                         : isPrefix(requests(byByte), requests(whole));
    } else {
        const bool endsAlike = whole.last() == byByte.last() || whole.last() == u"pending"
            || byByte.last() == u"pending"
            || (whole.last().startsWith(u"refused") && byByte.last().startsWith(u"refused"));
        agree = endsAlike && requests(whole) == requests(byByte);
    }
    if (!agree) {
        std::fprintf(stderr, "whole:   %s\nby byte: %s\n", qPrintable(whole.join(u'|')), qPrintable(byByte.join(u'|')));
        FUZZ_CHECK(agree);
    }
    return 0;
}
