#include "common/TargetAddressRule.h"

#include <QHostAddress>

TargetAddressRule::Verdict TargetAddressRule::judgeHost(const QString &host)
{
    // A trailing dot names the same host ("localhost." resolves like "localhost").
    QString name = host;
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.compare(u"localhost", Qt::CaseInsensitive) == 0 || name.endsWith(u".localhost", Qt::CaseInsensitive))
        return Verdict::Refused;
    QHostAddress literal;
    if (literal.setAddress(host))
        return isPrivateAddress(literal) ? Verdict::Refused : Verdict::Allowed;
    return Verdict::NeedsLookup;
}

bool TargetAddressRule::isPrivateAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isUniqueLocalUnicast() || address.isSiteLocal())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x00000000, 8) || in(0x0A000000, 8) || in(0x64400000, 10) || in(0x7F000000, 8) || in(0xA9FE0000, 16)
            || in(0xAC100000, 12) || in(0xC0A80000, 16);
    }
    return address == QHostAddress(QHostAddress::AnyIPv6);
}

QString TargetAddressRule::refusal(const QString &host)
{
    return QStringLiteral("Refused: %1 is a private or loopback address (start the sandbox with "
                          "--allow-private-targets to allow it)")
        .arg(host);
}
