#include "common/DeliverySigner.h"

#include <QMessageAuthenticationCode>

QByteArray DeliverySigner::keyBytes(const QString &clientSecret)
{
    if (clientSecret.startsWith(u"whsec_")) {
        const auto decoded =
            QByteArray::fromBase64Encoding(clientSecret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return decoded.decoded;
    }
    return clientSecret.toUtf8();
}

QByteArray DeliverySigner::signature(const QString &clientSecret, const QByteArray &messageId, qint64 timestampSeconds,
                                     const QByteArray &body)
{
    const QByteArray content = messageId + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    const QByteArray mac =
        QMessageAuthenticationCode::hash(content, keyBytes(clientSecret), QCryptographicHash::Sha256);
    return "v1," + mac.toBase64();
}
