#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The outcome of one keychain operation. "Not found" and "unavailable" are kept apart on purpose:
// the first means "this profile has no key yet", the second "there is no usable keychain here",
// and the user has to do something different in each case. A cancelled prompt is a third case:
// the keychain works, the user only has to answer its prompt (or use the key without it).
struct KeychainResult
{
    Q_DECLARE_TR_FUNCTIONS(KeychainResult)
public:
    enum class Status {
        Ok,
        NotFound,  // the keychain works but holds no key for this profile
        Cancelled,  // the keyring's prompt (to unlock it or to create it) was dismissed
        Unavailable,  // no Secret Service, no D-Bus session, keychain locked or access refused
        Failed,  // any other failure of the keychain
    };

    Status status = Status::Ok;
    QByteArray secret;  // only for a successful read
    QString message;  // plain-language explanation, empty when status is Ok
    QString detail;  // the backend's own (technical) text, if any: for "Details", never the main text

    bool ok() const { return status == Status::Ok; }

    // The detail as a line of its own (with its leading newline), empty without one: for output
    // that has no Details button, such as webhookctl's.
    QString detailLine() const { return detail.isEmpty() ? QString() : u'\n' + tr("Details: %1").arg(detail); }
};
