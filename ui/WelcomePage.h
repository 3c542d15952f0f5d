#pragma once

#include "profiles/Profile.h"

#include <QWidget>

class ProfileForm;
class QLabel;
class QListWidget;
class QPushButton;

// Shown when no profile is connected: connect to a server (name, base URL, API key), pick a saved
// profile, or open the local demo.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names);
    void setDemoAvailable(bool available, const QString &why = {});
    void setBusy(bool busy, const QString &text = {});
    void showMessage(const QString &text, bool error);

    ProfileForm *form() const { return m_form; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *demoButton() const { return m_demo; }
    QString messageText() const;

Q_SIGNALS:
    void connectRequested(const Profile &profile, const QByteArray &apiKey);
    void profileChosen(const QString &name);
    void demoRequested();

private:
    ProfileForm *m_form;
    QPushButton *m_connect;
    QPushButton *m_demo;
    QLabel *m_demoNote;
    QListWidget *m_profiles;
    QPushButton *m_useProfile;
    QWidget *m_profilesBox;
    QLabel *m_message;
};
