#include "ui/ProfilesDialog.h"

#include "ui/PlainHttpConsent.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleSession.h"
#include "ui/ProfileForm.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(const ConsoleServices &services, const QString &currentProfile, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_current(currentProfile)
    , m_confirm(ConfirmQuestion::ask)
    , m_keychainQuestion(KeychainQuestion::ask)
    , m_keyEntry(KeychainQuestion::askKey)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add…"), this))
    , m_switch(new QPushButton(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Switch to"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_check(new QPushButton(tr("&Check connection"), this))
    , m_forget(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Forget…"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Connection Profiles"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list->setAccessibleName(tr("Profiles"));
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Connect to another server and save it as a profile"));
    m_switch->setObjectName(QStringLiteral("switchButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    for (QPushButton *b : {m_add, m_switch, m_edit, m_check, m_forget})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Profile status"));
    layout->addWidget(m_message);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Q_EMIT addRequested();
        accept();
    });
    connect(m_switch, &QPushButton::clicked, this, [this] {
        if (!selectedProfile().isEmpty()) {
            Q_EMIT switchRequested(selectedProfile());
            accept();
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_switch, &QPushButton::click);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_check, &QPushButton::clicked, this, &ProfilesDialog::checkConnection);
    connect(m_forget, &QPushButton::clicked, this, &ProfilesDialog::forgetProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        showMessage(QString(), false);
    });
    reloadList();
    selectProfile(m_current);
    resize(520, 320);
}

void ProfilesDialog::reloadList()
{
    const QString keep = selectedProfile();
    m_list->clear();
    for (const QString &name : m_services.profiles->names()) {
        auto *item = new QListWidgetItem(name, m_list);
        if (name == m_current)
            item->setText(m_currentKeyRejected ? tr("%1 (key not accepted)").arg(name)
                                               : tr("%1 (connected)").arg(name));
        item->setData(Qt::UserRole, name);
        if (const auto p = m_services.profiles->profile(name))
            item->setToolTip(p->baseUrl.toString());
    }
    selectProfile(keep);
    updateButtons();
    if (m_list->count() == 0)
        showMessage(tr("No profiles yet. Add one to connect to a server; it is saved when it connects."), false);
}

void ProfilesDialog::setCurrentKeyRejected(bool rejected)
{
    m_currentKeyRejected = rejected;
    reloadList();
}

QString ProfilesDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

void ProfilesDialog::updateButtons()
{
    const bool any = !selectedProfile().isEmpty();
    for (QPushButton *b : {m_switch, m_edit, m_check, m_forget})
        b->setEnabled(any);
}

QString ProfilesDialog::messageText() const
{
    return m_message->text();
}

void ProfilesDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d9463b;") : QString());
}

bool ProfilesDialog::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(this, title, text, acceptText) : false;
}

KeychainQuestion::Choice ProfilesDialog::askKeychain(const KeychainResult &result,
                                                     KeychainQuestion::Operation operation, const QString &profile,
                                                     bool offerSessionOnly)
{
    if (!m_keychainQuestion)
        return KeychainQuestion::Choice::Cancel;
    return m_keychainQuestion(
        this, KeychainQuestion::question(result, operation, profile, offerSessionOnly && m_services.sessionKeys));
}

void ProfilesDialog::checkConnection()
{
    const QString name = selectedProfile();
    auto profile = m_services.profiles->profile(name);
    if (!profile)
        return;
    if (ProfileStore::needsInsecureConsent(profile->baseUrl) && !profile->allowInsecureHttp) {
        const bool yes = confirm(PlainHttpConsent::title(), PlainHttpConsent::text(profile->baseUrl),
                                 PlainHttpConsent::acceptText());
        if (!yes) {
            showMessage(tr("%1: not checked. Plain http:// to another computer needs your consent.").arg(name), true);
            Q_EMIT connectionChecked(name, false);
            return;
        }
        profile->allowInsecureHttp = true;
        QString error;
        if (!m_services.profiles->save(*profile, &error)) {
            showMessage(error, true);
            Q_EMIT connectionChecked(name, false);
            return;
        }
    }
    showMessage(tr("Checking %1…").arg(name), false);
    m_check->setEnabled(false);
    readKeyForCheck(*profile);
}

// The keychain first, then the keys held for this session only; a cancelled prompt asks.
void ProfilesDialog::readKeyForCheck(const Profile &profile)
{
    const QString name = profile.name;
    auto failed = [this, name](const QString &text) {
        showMessage(text, true);
        m_check->setEnabled(true);
        Q_EMIT connectionChecked(name, false);
    };
    m_services.keychain->readKey(name, this, [this, name, p = profile, failed](const KeychainResult &r) {
        if (r.ok()) {
            runCheck(p, r.secret);
            return;
        }
        auto notRead = [this, p, r, failed] {
            if (r.status != KeychainResult::Status::Cancelled) {
                failed(tr("No API key is stored for this profile. %1").arg(r.message));
                return;
            }
            switch (askKeychain(r, KeychainQuestion::Operation::Read, p.name, true)) {
            case KeychainQuestion::Choice::TryAgain:
                readKeyForCheck(p);
                return;
            case KeychainQuestion::Choice::SessionOnly: {
                const QByteArray key = m_keyEntry && m_services.sessionKeys ? m_keyEntry(this, p.name) : QByteArray();
                if (!key.isEmpty()) {
                    m_services.sessionKeys->writeKey(p.name, key, nullptr, [](const KeychainResult &) {});
                    runCheck(p, key);
                    return;
                }
                break;
            }
            case KeychainQuestion::Choice::Cancel:
                break;
            }
            failed(r.message);
        };
        if (!m_services.sessionKeys) {
            notRead();
            return;
        }
        m_services.sessionKeys->readKey(name, this, [this, p, notRead](const KeychainResult &s) {
            if (s.ok())
                runCheck(p, s.secret);
            else
                notRead();
        });
    });
}

void ProfilesDialog::runCheck(const Profile &profile, const QByteArray &key)
{
    const QString name = profile.name;
    delete m_checkSession;
    auto *session = new ConsoleSession(m_services.clock, m_services.network, profile.rateLimitPolicy(), this);
    m_checkSession = session;
    QString error;
    if (!session->open(profile.baseUrl, key, profile.allowInsecureHttp, &error)) {
        showMessage(error, true);
        m_check->setEnabled(true);
        Q_EMIT connectionChecked(name, false);
        return;
    }
    session->client()->listEventTypes(
        RequestLane::Interactive, session, [this, name, session](const ApiResult<EventTypeList> &r) {
            m_check->setEnabled(true);
            // message() is plain words (401: the key was not accepted; refused: not reachable; TLS: the
            // certificate's details), with the technical detail where it helps.
            if (r.ok())
                showMessage(tr("%1: connected, %n event type(s) available.", nullptr, int(r->size())).arg(name), false);
            else
                showMessage(tr("%1: %2").arg(name, r.error.message()), true);
            session->deleteLater();
            Q_EMIT connectionChecked(name, r.ok());
        });
}

void ProfilesDialog::forgetProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    if (!confirm(tr("Forget Profile"),
                 tr("Forget the profile \"%1\"? Its settings are deleted and its API key is removed from the "
                    "keychain.")
                     .arg(name),
                 tr("Forget")))
        return;
    m_services.profiles->remove(name);
    if (m_services.sessionKeys)
        m_services.sessionKeys->removeKey(name, nullptr, [](const KeychainResult &) {});
    m_services.keychain->removeKey(name, this, [this, name](const KeychainResult &r) {
        const bool removed = r.ok() || r.status == KeychainResult::Status::NotFound;
        if (removed)
            showMessage(tr("Forgot %1 and removed its key from the keychain.").arg(name), false);
        else
            showMessage(tr("Forgot %1, but its key could not be removed from the keychain: %2").arg(name, r.message),
                        true);
        Q_EMIT forgetFinished(name, removed);
    });
    reloadList();
    Q_EMIT profileForgotten(name);
}

void ProfilesDialog::editProfile()
{
    const QString name = selectedProfile();
    const auto profile = m_services.profiles->profile(name);
    if (!profile)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    // Window-modal but not exec(): the editor answers through signals like the rest of the console.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("profileEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Profile"));
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new ProfileForm(dialog);
    form->setObjectName(QStringLiteral("profileEditorForm"));
    form->setProfile(*profile);
    form->setKeptKey(ProfileForm::KeptKey::Keychain);
    // The key field's hint says where the key is kept, in the order a connection looks for it: the
    // keychain, then the keys held for this session only; with neither, a key must be entered.
    // A cancelled prompt asks nothing here (it only chose a hint): the key is most likely in the
    // keychain, and an empty field keeps whatever is kept.
    m_services.keychain->readKey(name, form, [this, form, name](const KeychainResult &stored) {
        if (stored.ok() || stored.status == KeychainResult::Status::Cancelled)
            return;
        if (!m_services.sessionKeys) {
            form->setKeptKey(ProfileForm::KeptKey::None);
            return;
        }
        m_services.sessionKeys->readKey(name, form, [form](const KeychainResult &session) {
            form->setKeptKey(session.ok() ? ProfileForm::KeptKey::Session : ProfileForm::KeptKey::None);
        });
    });
    layout->addWidget(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this, original = *profile] { saveEdit(original); });
    m_editor = dialog;
    m_editorForm = form;
    dialog->open();
}

void ProfilesDialog::saveEdit(const Profile &original)
{
    if (!m_editor || !m_editorForm)
        return;
    Profile edited;
    QByteArray key;
    if (!m_editorForm->read(&edited, &key))
        return;
    if (edited.baseUrl != original.baseUrl)
        edited.allowInsecureHttp = false;  // consent was given for the old address only
    const QString name = original.name;
    const QString newName = edited.name;
    if (newName != name && m_services.profiles->contains(newName)) {
        m_editorForm->showError(tr("A profile named %1 exists already.").arg(newName));
        return;
    }
    const bool wasLastUsed = m_services.profiles->lastUsed() == name;
    QString error;
    if (!m_services.profiles->save(edited, &error)) {
        m_editorForm->showError(error);
        return;
    }
    if (newName != name) {
        m_services.profiles->remove(name);
        if (wasLastUsed)
            m_services.profiles->setLastUsed(newName);
    }
    m_editor->accept();
    storeEditedKey(name, newName, key);
}

void ProfilesDialog::storeEditedKey(const QString &oldName, const QString &newName, const QByteArray &key)
{
    if (!key.isEmpty()) {
        // A new key goes to the keychain only; any copy under the old name is removed.
        if (newName != oldName) {
            m_services.keychain->removeKey(oldName, nullptr, [](const KeychainResult &) {});
            if (m_services.sessionKeys)
                m_services.sessionKeys->removeKey(oldName, nullptr, [](const KeychainResult &) {});
        }
        writeEditedKey(oldName, newName, key);
        return;
    }
    if (newName == oldName) {
        finishEdit(oldName, newName, tr("Saved %1.").arg(newName), false);
        return;
    }
    // Renamed with the key unchanged: move the stored key to the new name.
    if (CredentialStore *sessionKeys = m_services.sessionKeys) {
        sessionKeys->readKey(oldName, nullptr, [sessionKeys, oldName, newName](const KeychainResult &s) {
            if (s.ok()) {
                sessionKeys->writeKey(newName, s.secret, nullptr, [](const KeychainResult &) {});
                sessionKeys->removeKey(oldName, nullptr, [](const KeychainResult &) {});
            }
        });
    }
    moveKey(oldName, newName);
}

void ProfilesDialog::writeEditedKey(const QString &oldName, const QString &newName, const QByteArray &key)
{
    CredentialStore *sessionKeys = m_services.sessionKeys;
    m_services.keychain->writeKey(
        newName, key, this, [this, oldName, newName, key, sessionKeys](const KeychainResult &w) {
            if (w.ok()) {
                if (sessionKeys)
                    sessionKeys->removeKey(newName, nullptr, [](const KeychainResult &) {});
                finishEdit(oldName, newName, tr("Saved %1. The new API key is stored in the keychain.").arg(newName),
                           false);
                return;
            }
            // A cancelled prompt or no usable keychain: ask, with the keychain's own text behind Details.
            switch (askKeychain(w, KeychainQuestion::Operation::Store, newName, true)) {
            case KeychainQuestion::Choice::TryAgain:
                writeEditedKey(oldName, newName, key);
                return;
            case KeychainQuestion::Choice::SessionOnly:
                if (sessionKeys) {
                    sessionKeys->writeKey(newName, key, nullptr, [](const KeychainResult &) {});
                    finishEdit(oldName, newName,
                               tr("Saved %1. The keychain did not store the new API key, so it is used for this "
                                  "session only.")
                                   .arg(newName),
                               true);
                    return;
                }
                break;
            case KeychainQuestion::Choice::Cancel:
                break;
            }
            finishEdit(oldName, newName, tr("Saved %1, but the new API key was not stored: %2").arg(newName, w.message),
                       true);
        });
}

// Only the keychain's copy moves here; nothing is offered for this session only, since the key
// stays in the keychain under the old name until the move succeeds.
void ProfilesDialog::moveKey(const QString &oldName, const QString &newName)
{
    m_services.keychain->readKey(oldName, this, [this, oldName, newName](const KeychainResult &r) {
        if (r.ok()) {
            writeMovedKey(oldName, newName, r.secret);
            return;
        }
        if (r.status == KeychainResult::Status::Cancelled
            && askKeychain(r, KeychainQuestion::Operation::Read, oldName, false)
                == KeychainQuestion::Choice::TryAgain) {
            moveKey(oldName, newName);
            return;
        }
        finishEdit(oldName, newName,
                   tr("Renamed %1 to %2, but its key could not be moved: %3").arg(oldName, newName, r.message),
                   r.status != KeychainResult::Status::NotFound);
    });
}

void ProfilesDialog::writeMovedKey(const QString &oldName, const QString &newName, const QByteArray &key)
{
    m_services.keychain->writeKey(newName, key, this, [this, oldName, newName, key](const KeychainResult &w) {
        if (w.ok()) {
            m_services.keychain->removeKey(oldName, nullptr, [](const KeychainResult &) {});
            finishEdit(oldName, newName, tr("Renamed %1 to %2.").arg(oldName, newName), false);
            return;
        }
        if (w.status == KeychainResult::Status::Cancelled
            && askKeychain(w, KeychainQuestion::Operation::Store, newName, false)
                == KeychainQuestion::Choice::TryAgain) {
            writeMovedKey(oldName, newName, key);
            return;
        }
        finishEdit(oldName, newName,
                   tr("Renamed %1 to %2, but its key could not be moved: %3").arg(oldName, newName, w.message), true);
    });
}

void ProfilesDialog::finishEdit(const QString &oldName, const QString &newName, const QString &message, bool error)
{
    if (m_current == oldName)
        m_current = newName;
    reloadList();
    selectProfile(newName);
    showMessage(message, error);  // after the list: a new current row clears the message
    Q_EMIT profileEdited(oldName, newName);
}
