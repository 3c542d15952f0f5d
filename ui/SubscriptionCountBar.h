#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

// Under the subscriptions table: how many subscriptions are shown ("12 of 30 shown") and how long
// ago the list was loaded (its health is as old as that), or that an update failed and when the
// next try is. The texts are composed from these values, again
// on a language change.
class SubscriptionCountBar : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionCountBar(QWidget *parent = nullptr);

    void setCounts(int shown, int total);
    // The local time of the last load; an invalid one: not loaded in this session.
    void setLoadedAt(const QDateTime &loadedAt);
    // Now (for "Updated 12 s ago"), the last load's error (empty: it succeeded) and the seconds to
    // the next automatic try (-1: none).
    void setRefreshState(const QDateTime &now, const QString &error, int nextTryInSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_countLabel;
    QLabel *m_updatedLabel;
    bool m_counted = false;
    int m_shown = 0;
    int m_total = 0;
    QDateTime m_loadedAt;
    QDateTime m_now;
    QString m_error;
    int m_nextTryInSeconds = -1;
};
