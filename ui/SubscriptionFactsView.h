#pragma once

#include "api/Subscription.h"

#include <QWidget>

class QLabel;

// The read-only facts of one subscription at the top of the details pane: its title (description,
// else URL), id, creation time, enabled state (with a write in flight or its failure) and delivery
// health. It only shows what it is given; the pane decides what that is.
class SubscriptionFactsView : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionFactsView(QWidget *parent = nullptr);

    // pending: a change of this subscription is on its way; lastError: the last change failed.
    void showSubscription(qint64 id, const Subscription &subscription, bool pending, const QString &lastError);

protected:
    // Only the names of the facts: the pane shows the subscription again after a language change.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // A time as the user's locale writes it, or a dash for none.
    static QString formatTime(const QDateTime &time);

    QLabel *m_title;
    QLabel *m_idValue;
    QLabel *m_createdValue;
    QLabel *m_enabledValue;
    QLabel *m_healthValue;
    QLabel *m_lastDeliveryValue;
    QList<QLabel *> m_names;  // ID, Created, Enabled, Health, Last delivery
};
