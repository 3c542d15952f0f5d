#pragma once

#include "api/EventType.h"
#include "api/Subscription.h"

#include <QObject>
#include <QPointer>

class ConsoleSession;
class SecretReissueDialog;
struct ConsoleServices;
class QWidget;

// Opens the re-issue dialog over the window, one at a time: for the list's current subscription
// (going on with its unfinished re-issue when it has one) or for a stored job from the reminder.
// Decides what the dialog starts with; the dialog drives the job.
class SecretReissueLauncher : public QObject
{
    Q_OBJECT
public:
    SecretReissueLauncher(const ConsoleServices &services, QWidget &dialogParent, QObject *parent = nullptr);

    void reissue(ConsoleSession &session, const Subscription &subscription, const EventTypeList &types);
    void continueJob(ConsoleSession &session, const QString &jobId);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // The dialog created, changed or deleted subscriptions.
    void subscriptionsChanged();
    // A re-issue reached a step.
    void jobChanged();

private:
    // Null (and a status message saying why) without a journal, or while the dialog is open.
    SecretReissueDialog *openDialog(ConsoleSession &session);

    const ConsoleServices &m_services;
    QWidget &m_dialogParent;
    QPointer<SecretReissueDialog> m_dialog;
};
