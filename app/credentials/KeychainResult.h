#pragma once

#include <QByteArray>
#include <QString>

// The outcome of one keychain operation. "Not found" and "unavailable" are kept apart on purpose:
// the first means "this profile has no key yet", the second "there is no usable keychain here",
// and the user has to do something different in each case.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound,  // the keychain works but holds no key for this profile
        Unavailable,  // no Secret Service, no D-Bus session, keychain locked or access refused
        Failed,  // any other failure of the keychain
    };

    Status status = Status::Ok;
    QByteArray secret;  // only for a successful read
    QString message;  // plain-language explanation, empty when status is Ok

    bool ok() const { return status == Status::Ok; }
};
