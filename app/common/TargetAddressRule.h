#pragma once

#include <QString>

class QHostAddress;

// Which targets are private: private, loopback, link-local, unique-local, multicast and unspecified
// addresses, and localhost names. The one rule for the sandbox's API (a URL refused at create and
// update), its transport (an attempt refused when sent) and the endpoint check (a check refused on
// the resolved addresses), so that they can never disagree. Each refuses them unless allowed.
class TargetAddressRule
{
public:
    enum class Verdict {
        Allowed,  // a public literal address
        Refused,  // a private literal address or a localhost name
        NeedsLookup,  // a name: decided on its resolved addresses when an attempt is sent
    };

    // Decides from a URL's host (QUrl::host()) alone, without a DNS lookup.
    static Verdict judgeHost(const QString &host);
    static bool isPrivateAddress(const QHostAddress &address);
    // Why the sandbox refuses host, in plain words (names its --allow-private-targets).
    static QString refusal(const QString &host);
};
