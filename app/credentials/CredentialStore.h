#pragma once

#include "credentials/KeychainResult.h"

#include <QObject>

#include <functional>

// Where the API key of a profile lives. Every operation is asynchronous: the callback runs later,
// on the event loop, and only while `context` is alive (so a closed dialog is never called back;
// a null context means: always call back).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const KeychainResult &)>;

    using QObject::QObject;

    virtual void readKey(const QString &profile, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done) = 0;
    // Removing a key that does not exist is not an error: the Secret Service reports Ok, other
    // backends may report NotFound. Callers that only want it gone treat both as success.
    virtual void removeKey(const QString &profile, QObject *context, Callback done) = 0;
};
