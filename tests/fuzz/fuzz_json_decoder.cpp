// libFuzzer target over one decoder of server data in JsonDecoder, chosen at compile time by
// WEBHOOK_FUZZ_DECODER (one executable and one corpus per decoder, see CMakeLists.txt).
// Beyond "no crash, no sanitizer report", it checks the decoders' contract: exactly one of value
// or error, a failure is a MalformedBody with a message, decoded times are UTC, and decoding is
// deterministic.
#include "FuzzCheck.h"

#include "api/ApiError.h"
#include "api/JsonDecoder.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

template<class T>
[[maybe_unused]] void checkResultShape(const ApiResult<T> &r)
{
    FUZZ_CHECK(r.value.has_value() != r.error.isError());
    if (!r.ok()) {
        FUZZ_CHECK(r.error.kind == ApiError::Kind::MalformedBody);
        FUZZ_CHECK(!r.error.message().isEmpty());
    }
}

[[maybe_unused]] void checkTime(const QDateTime &t)
{
    FUZZ_CHECK(!t.isValid() || t.timeSpec() == Qt::UTC);
}

[[maybe_unused]] void checkSubscription(const Subscription &s)
{
    checkTime(s.createdAt);
    if (s.health) {
        // The summary's times are decoded like created_at.
        FUZZ_CHECK(s.health->pendingRetries >= 0);
    }
}

[[maybe_unused]] void checkDelivery(const Delivery &d)
{
    checkTime(d.createdAt);
    checkTime(d.nextAttemptAt);
    checkTime(d.givesUpAt);
    for (const DeliveryAttempt &a : d.attempts)
        checkTime(a.at);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translations (tr) and QDateTime work without an application object, but some Qt paths
    // warn without one; it lives for the whole run.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if WEBHOOK_FUZZ_DECODER == 1
    const auto r = JsonDecoder::subscription(body);
    checkResultShape(r);
    if (r.ok()) {
        checkSubscription(*r);
        FUZZ_CHECK(*JsonDecoder::subscription(body) == *r);
    }
#elif WEBHOOK_FUZZ_DECODER == 2
    const auto r = JsonDecoder::subscriptionList(body);
    checkResultShape(r);
    if (r.ok()) {
        for (const Subscription &s : *r)
            checkSubscription(s);
        FUZZ_CHECK(*JsonDecoder::subscriptionList(body) == *r);
    }
#elif WEBHOOK_FUZZ_DECODER == 3
    const auto r = JsonDecoder::eventTypes(body);
    checkResultShape(r);
    if (r.ok())
        FUZZ_CHECK(*JsonDecoder::eventTypes(body) == *r);
#elif WEBHOOK_FUZZ_DECODER == 4
    const auto r = JsonDecoder::createdSubscription(body);
    checkResultShape(r);
    if (r.ok()) {
        checkSubscription(r->subscription);
        const auto again = JsonDecoder::createdSubscription(body);
        FUZZ_CHECK(again.ok() && again->subscription == r->subscription && again->clientSecret == r->clientSecret);
    }
#elif WEBHOOK_FUZZ_DECODER == 5
    const auto r = JsonDecoder::delivery(body);
    checkResultShape(r);
    if (r.ok()) {
        checkDelivery(*r);
        FUZZ_CHECK(*JsonDecoder::delivery(body) == *r);
    }
#elif WEBHOOK_FUZZ_DECODER == 6
    const auto r = JsonDecoder::deliveryPage(body);
    checkResultShape(r);
    if (r.ok()) {
        for (const Delivery &d : r->items)
            checkDelivery(d);
    }
    checkResultShape(JsonDecoder::testEventDeliveryId(body));
#elif WEBHOOK_FUZZ_DECODER == 7
    // Error bodies: the FastAPI forms, through the decoder and through ApiError's status mapping.
    const JsonDecoder::ErrorBody e = JsonDecoder::errorBody(body);
    for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
        FUZZ_CHECK(!it.key().isNull());
    for (int status : {400, 401, 404, 413, 422, 429, 500, 503}) {
        const ApiError err = ApiError::fromHttp(status, body);
        FUZZ_CHECK(err.isError());
        FUZZ_CHECK(err.httpStatus == status);
        FUZZ_CHECK(!err.message().isEmpty());
        FUZZ_CHECK(!err.kindName().isEmpty());
    }
#else
#error "WEBHOOK_FUZZ_DECODER must be 1..7"
#endif
    return 0;
}
