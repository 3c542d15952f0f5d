#pragma once

#include "journal/JournalEntry.h"
#include "ui/ConfirmQuestion.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BulkJobRunner;
class ConsoleSession;
class EnabledToggler;
class QWidget;
class SubscriptionTableModel;

// What acts on the listed subscriptions, for SubscriptionListWidget: one-click toggles, enabling,
// disabling and deleting the given rows (one through the interactive lane, many as a bulk job),
// bulk jobs over the filtered rows after a confirmation that names them, cancelling and resuming.
// It decides and reports; the widget shows. The toggler and the bulk runner belong to the session
// and go with it.
class SubscriptionRowActions : public QObject
{
    Q_OBJECT
public:
    // `dialogParent`: the widget the confirmations are shown over.
    SubscriptionRowActions(SubscriptionTableModel &model, QWidget &dialogParent, QObject *parent = nullptr);

    void setConfirmHandler(ConfirmQuestion::Handler handler) { m_confirm = std::move(handler); }
    // Cancels the previous session's bulk job and builds the toggler and runner of `session`.
    void setSession(ConsoleSession *session);
    BulkJobRunner *bulkRunner() const { return m_bulk; }
    bool isBulkRunning() const;

    // Flips one row's enabled flag, as shown.
    void toggle(qint64 id);
    void setEnabled(qint64 id, bool enabled);
    // One id through the interactive lane, more as a bulk job (not while one runs).
    void setEnabledFor(const QList<qint64> &ids, bool enabled);
    // The filtered rows, after a confirmation that names them.
    void changeAll(const QList<qint64> &ids, bool enable);
    // After a confirmation; one id through the interactive lane, more as a bulk job.
    void remove(const QList<qint64> &ids);
    void cancelBulk();
    // Sends these journal entries of an earlier run again as a bulk job; false if none was started.
    bool resume(const QList<JournalEntry> &entries);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // A bulk job started or ended, or a delete was answered.
    void actionsChanged();
    // A resume ended: the server's state is worth showing.
    void refreshRequested();

private:
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    bool refuseWhileBulkRuns();
    // "• #12 https://… (description)" per id, at most ten, for confirmations.
    QString describeIds(const QList<qint64> &ids) const;

    SubscriptionTableModel &m_model;
    QWidget &m_dialogParent;
    ConfirmQuestion::Handler m_confirm;
    QPointer<ConsoleSession> m_session;
    QPointer<EnabledToggler> m_toggler;
    QPointer<BulkJobRunner> m_bulk;
};
