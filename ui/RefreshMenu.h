#pragma once

#include <QMenu>

class ListRefreshSchedule;
class QSettings;

// View > Refresh Automatically: how often the subscriptions list reloads by itself (off, 30 s,
// a minute, 5 minutes). The choice is saved in settings and applied to the schedule at once; the
// saved one is applied when the menu is made.
class RefreshMenu : public QMenu
{
    Q_OBJECT
public:
    // settings may be null: the choice then lasts until the window closes.
    RefreshMenu(QSettings *settings, ListRefreshSchedule *schedule, QWidget *parent = nullptr);

    static QString settingsKey();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSettings *m_settings;
    ListRefreshSchedule *m_schedule;
};
