#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

// Under the subscriptions table: how many subscriptions are shown ("12 of 30 shown") and when the
// list was loaded (its health is as old as that). The texts are composed from these values, again
// on a language change.
class SubscriptionCountBar : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionCountBar(QWidget *parent = nullptr);

    void setCounts(int shown, int total);
    // The local time of the last load; an invalid one: not loaded in this session.
    void setLoadedAt(const QDateTime &loadedAt);

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
};
