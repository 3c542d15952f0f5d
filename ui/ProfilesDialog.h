#pragma once

#include "ui/ConsoleServices.h"

#include <QDialog>
#include <QPointer>

#include "ui/ConsoleSession.h"
class QLabel;
class QListWidget;
class QPushButton;

// Saved connection profiles: switch to one, edit it (name, URL, key, rate window), check the
// connection (calls the event types endpoint) and forget one (also removes its keychain entry).
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(const ConsoleServices &services, const QString &currentProfile, QWidget *parent = nullptr);

    QString selectedProfile() const;
    void selectProfile(const QString &name);
    QString messageText() const;

public Q_SLOTS:
    void checkConnection();
    void forgetProfile();
    void editProfile();

Q_SIGNALS:
    void switchRequested(const QString &name);
    // A profile was edited or forgotten (the main window reconnects or disconnects if it is current).
    void profileEdited(const QString &oldName, const QString &newName);
    void profileForgotten(const QString &name);

private:
    void reloadList();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    ConsoleServices m_services;
    QString m_current;
    QListWidget *m_list;
    QPushButton *m_switch;
    QPushButton *m_edit;
    QPushButton *m_check;
    QPushButton *m_forget;
    QLabel *m_message;
    QPointer<ConsoleSession> m_checkSession;
};
