// libFuzzer target: differential check of SubscriptionListReader (the fast path of
// JsonDecoder::subscriptionList) against the QJsonDocument path. Aborts when the fast path accepts
// a body the QJsonDocument path rejects or reads differently, when subscriptionList (fast path +
// fallback) differs from the QJsonDocument path in value or error, or when the reader's RFC 3339
// parser disagrees with JsonDecoder::parseTimestamp on the same bytes.
#include "FuzzCheck.h"

#include "api/JsonDecoder.h"
#include "api/SubscriptionListReader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

// == compares instants; the spec must match too.
bool sameTime(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || (a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch() && a.timeSpec() == b.timeSpec());
}

bool sameList(const SubscriptionList &a, const SubscriptionList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Subscription &x = a.at(i);
        const Subscription &y = b.at(i);
        if (!(x == y) || !sameTime(x.createdAt, y.createdAt))
            return false;
        if (x.health
            && (!sameTime(x.health->lastDeliveryAt, y.health->lastDeliveryAt)
                || !sameTime(x.health->failingSince, y.health->failingSince)
                || !sameTime(x.health->nextRetryAt, y.health->nextRetryAt)))
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto fast = SubscriptionListReader::read(body);
    const auto reference = JsonDecoder::subscriptionListFromDocument(body);
    if (fast) {
        FUZZ_CHECK(reference.ok());
        FUZZ_CHECK(sameList(*fast, *reference));
    }
    const auto decoded = JsonDecoder::subscriptionList(body);
    FUZZ_CHECK(decoded.ok() == reference.ok());
    if (decoded.ok())
        FUZZ_CHECK(sameList(*decoded, *reference));
    else
        FUZZ_CHECK(decoded.error == reference.error);

    // The same bytes as a timestamp (the reader sees ASCII bytes; Latin-1 covers every byte).
    if (size <= 80) {
        const QDateTime a = SubscriptionListReader::parseTimestamp(body);
        const QDateTime b = JsonDecoder::parseTimestamp(QString::fromLatin1(body));
        FUZZ_CHECK(sameTime(a, b));
    }
    return 0;
}
