#pragma once

#include "api/Subscription.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The fast path of JsonDecoder::subscriptionList: reads a list answer (`[..]` or `{"items": [..]}`)
// straight from its UTF-8 bytes into Subscription values, without building a QJsonDocument (which
// alone costs more than the whole decode should).
//
// It is deliberately partial: it accepts only strict RFC 8259 JSON whose every entry decodes without
// error, and then gives exactly what the QJsonDocument path gives (same tolerance rules, last of
// duplicate keys wins, numbers and timestamps read the same way). On anything else (invalid or
// unusual JSON, a bad entry, a raw control character in a string, an escaped key, deep nesting, ...)
// read() returns nullopt and the caller takes the QJsonDocument path, which owns every error message.
class SubscriptionListReader
{
public:
    static std::optional<SubscriptionList> read(QByteArrayView body);

    // RFC 3339 from ASCII bytes: accepts exactly what JsonDecoder::parseTimestamp accepts and gives
    // the same UTC QDateTime (or an invalid one), without a regular expression.
    static QDateTime parseTimestamp(QByteArrayView text);

private:
    explicit SubscriptionListReader(QByteArrayView body);

    // A scanned (validated) JSON string: the bytes between the quotes.
    struct Span
    {
        const uchar *begin = nullptr;
        const uchar *end = nullptr;
        bool escaped = false;  // holds a backslash escape
        bool ascii = true;  // no byte >= 0x80
        qsizetype size() const { return end - begin; }
    };

    bool readDocument(SubscriptionList *out);
    bool readList(SubscriptionList *out);
    bool readSubscription(Subscription *out);
    bool readEvents(std::optional<QStringList> *out);
    bool readOptionalTime(QDateTime *out);
    bool readOptionalInteger(std::optional<qint64> *out);
    bool readOptionalString(std::optional<QString> *out, bool shared);

    bool skipValue(int depth);
    bool scanString(Span *out);  // at the opening quote
    bool scanNumber(double *value);
    bool skipLiteral(const char *word, qsizetype size);
    void skipSpace();
    bool expect(uchar c);

    static QString toString(const Span &s);
    QString sharedString(const Span &s);  // interned: event names and statuses repeat on every row

    const uchar *m_p;
    const uchar *m_end;

    struct CachedString
    {
        quint32 hash = 0;
        quint8 size = 0;
        char bytes[31] = {};
        QString value;
    };
    std::array<CachedString, 128> m_strings;
    struct CachedList
    {
        quint32 hash = 0;
        quint8 size = 0;
        char bytes[159] = {};
        QStringList value;
    };
    std::array<CachedList, 64> m_lists;
};
