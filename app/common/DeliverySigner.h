#pragma once

#include <QByteArray>
#include <QString>

// Standard Webhooks signatures (https://www.standardwebhooks.com): the signed content is
// "<webhook-id>.<webhook-timestamp>.<body>", signed with HMAC-SHA256; the header value is
// "v1,<base64 signature>". The key is the subscription's client_secret: for a secret of the form
// "whsec_<base64>" the key is the base64-decoded part (as the Standard Webhooks libraries do);
// any other secret is used as its UTF-8 bytes.
class DeliverySigner
{
public:
    static QByteArray keyBytes(const QString &clientSecret);
    static QByteArray signature(const QString &clientSecret, const QByteArray &messageId, qint64 timestampSeconds,
                                const QByteArray &body);
};
