#pragma once

#include "ui/ConfirmQuestion.h"
#include "ui/ConsoleServices.h"
#include "ui/KeychainQuestion.h"

#include <QDialog>
#include <QPointer>

#include <functional>

#include "profiles/Profile.h"
#include "ui/ConsoleSession.h"
#include "ui/ProfileForm.h"
class QLabel;
class QListWidget;
class QPushButton;

// Saved connection profiles: add one (the window's connect form saves it when it connects), switch
// to one, edit it (name, URL, key, rate window and overrides),
// check the connection (calls the event types endpoint) and forget one (also removes its keychain
// entry). Plain http:// to a non-loopback host is only checked after the user's explicit consent,
// which is remembered in the profile.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks the user to confirm something; tests replace it to answer without a modal dialog.
    using ConfirmHandler = ConfirmQuestion::Handler;

    ProfilesDialog(const ConsoleServices &services, const QString &currentProfile, QWidget *parent = nullptr);

    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    // A keychain read or store failed (a cancelled prompt, no keychain): what to do, and the key to
    // use for this session only when one must be typed.
    void setKeychainQuestionHandler(KeychainQuestion::Handler handler) { m_keychainQuestion = std::move(handler); }
    void setKeyEntryHandler(KeychainQuestion::KeyEntry handler) { m_keyEntry = std::move(handler); }

    // The current profile's server did not accept its key: the list says so instead of "connected".
    void setCurrentKeyRejected(bool rejected);

    QString selectedProfile() const;
    void selectProfile(const QString &name);
    QString messageText() const;

public Q_SLOTS:
    void checkConnection();
    void forgetProfile();
    void editProfile();

Q_SIGNALS:
    void switchRequested(const QString &name);
    // Add…: the user wants a new profile; the window shows its connect form.
    void addRequested();
    // A profile was edited (after its key, if changed, was stored) or forgotten (the main window
    // reconnects or disconnects if it is current).
    void profileEdited(const QString &oldName, const QString &newName);
    void profileForgotten(const QString &name);
    // The end of the asynchronous part of an action, whatever its outcome (see messageText()).
    void connectionChecked(const QString &name, bool ok);
    void forgetFinished(const QString &name, bool keyRemoved);

private:
    void reloadList();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    KeychainQuestion::Choice askKeychain(const KeychainResult &result, KeychainQuestion::Operation operation,
                                         const QString &profile, bool offerSessionOnly);
    void readKeyForCheck(const Profile &profile);
    void runCheck(const Profile &profile, const QByteArray &key);
    // Validates and saves the editor's values; closes the editor when they were saved.
    void saveEdit(const Profile &original);
    void storeEditedKey(const QString &oldName, const QString &newName, const QByteArray &key);
    void writeEditedKey(const QString &oldName, const QString &newName, const QByteArray &key);
    void moveKey(const QString &oldName, const QString &newName);
    void writeMovedKey(const QString &oldName, const QString &newName, const QByteArray &key);
    void finishEdit(const QString &oldName, const QString &newName, const QString &message, bool error);

    ConsoleServices m_services;
    QString m_current;
    bool m_currentKeyRejected = false;
    ConfirmHandler m_confirm;
    KeychainQuestion::Handler m_keychainQuestion;
    KeychainQuestion::KeyEntry m_keyEntry;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_switch;
    QPushButton *m_edit;
    QPushButton *m_check;
    QPushButton *m_forget;
    QLabel *m_message;
    QPointer<ConsoleSession> m_checkSession;
    QPointer<QDialog> m_editor;
    QPointer<ProfileForm> m_editorForm;
};
