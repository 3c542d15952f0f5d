#pragma once

#include <QString>

class QHostAddress;

// Which delivery targets the sandbox refuses unless started with --allow-private-targets: private,
// loopback, link-local, unique-local, multicast and unspecified addresses, and localhost names.
// The one rule both for the API (a URL refused at create and update) and for the transport (an
// attempt refused when sent), so that the two can never disagree.
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
    // Why host is refused, in plain words.
    static QString refusal(const QString &host);
};
