#pragma once

#include "profiles/Profile.h"

#include <QWidget>

class ProfileForm;
class QLabel;
class QListWidget;
class QGroupBox;
class QPushButton;

// Shown when no profile is connected, or to connect elsewhere while one is: connect to a server
// (name, base URL, API key), pick a saved profile, or open the local demo. The open connection,
// if any, stays until another one is made; Back returns to it.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names);
    void setDemoAvailable(bool available, const QString &why = {});
    void setBusy(bool busy, const QString &text = {});
    // `detail`: the technical text behind the message (a keychain's own words), as its tooltip.
    void showMessage(const QString &text, bool error, const QString &detail = {});
    // While a connection stays open behind this page (File > Connect to Server…): offer to go back
    // to it, named by its server. Empty: nothing to go back to.
    void setReturnTarget(const QString &server);

    ProfileForm *form() const { return m_form; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *demoButton() const { return m_demo; }
    QString messageText() const;

Q_SIGNALS:
    void connectRequested(const Profile &profile, const QByteArray &apiKey);
    void profileChosen(const QString &name);
    void demoRequested();
    void returnRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProfileForm *m_form;
    QPushButton *m_connect;
    QPushButton *m_demo;
    QLabel *m_demoNote;
    QListWidget *m_profiles;
    QPushButton *m_useProfile;
    QGroupBox *m_profilesBox;
    QLabel *m_message;
    QWidget *m_returnRow;
    QLabel *m_returnNote;
    QPushButton *m_return;
    QString m_returnTarget;
    QLabel *m_title;
    QLabel *m_intro;
    QGroupBox *m_connectBox;
    QGroupBox *m_demoBox;
    QLabel *m_demoText;
};
