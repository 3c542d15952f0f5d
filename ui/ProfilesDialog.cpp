#include "ui/ProfilesDialog.h"

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
    , m_list(new QListWidget(this))
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
    for (QPushButton *b : {m_switch, m_edit, m_check, m_forget})
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
            item->setText(tr("%1 (connected)").arg(name));
        item->setData(Qt::UserRole, name);
        if (const auto p = m_services.profiles->profile(name))
            item->setToolTip(p->baseUrl.toString());
    }
    selectProfile(keep);
    updateButtons();
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

void ProfilesDialog::checkConnection()
{
    const QString name = selectedProfile();
    const auto profile = m_services.profiles->profile(name);
    if (!profile)
        return;
    showMessage(tr("Checking %1…").arg(name), false);
    m_check->setEnabled(false);
    auto run = [this, name, profile = *profile](const QByteArray &key) {
        delete m_checkSession;
        RateLimitPolicy policy = profile.rateLimitPolicy();
        auto *session = new ConsoleSession(m_services.clock, m_services.network, policy, this);
        m_checkSession = session;
        QString error;
        if (!session->open(profile.baseUrl, key, profile.allowInsecureHttp, &error)) {
            showMessage(error, true);
            m_check->setEnabled(true);
            return;
        }
        session->client()->listEventTypes(RequestLane::Interactive, session,
                                          [this, name, session](const ApiResult<EventTypeList> &r) {
            m_check->setEnabled(true);
            if (r.ok())
                showMessage(tr("%1: connected, %n event type(s) available.", nullptr, int(r->size())).arg(name), false);
            else
                showMessage(tr("%1: %2").arg(name, r.error.message())
                                + (r.error.detail.isEmpty() ? QString() : QLatin1Char('\n') + r.error.detail),
                            true);
            session->deleteLater();
        });
    };
    m_services.keychain->readKey(name, this, [this, name, run](const KeychainResult &r) {
        if (r.ok()) {
            run(r.secret);
            return;
        }
        if (!m_services.sessionKeys) {
            showMessage(r.message, true);
            m_check->setEnabled(true);
            return;
        }
        m_services.sessionKeys->readKey(name, this, [this, run, keychainMessage = r.message](const KeychainResult &s) {
            if (s.ok()) {
                run(s.secret);
            } else {
                showMessage(tr("No API key is stored for this profile. %1").arg(keychainMessage), true);
                m_check->setEnabled(true);
            }
        });
    });
}

void ProfilesDialog::forgetProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Forget Profile"),
        tr("Forget the profile \"%1\"? Its API key is removed from the keychain.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_services.profiles->remove(name);
    if (m_services.sessionKeys)
        m_services.sessionKeys->removeKey(name, nullptr, [](const KeychainResult &) {});
    m_services.keychain->removeKey(name, this, [this, name](const KeychainResult &r) {
        if (r.ok() || r.status == KeychainResult::Status::NotFound)
            showMessage(tr("Forgot %1 and removed its key from the keychain.").arg(name), false);
        else
            showMessage(tr("Forgot %1, but its key could not be removed from the keychain: %2").arg(name, r.message), true);
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Profile"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new ProfileForm(&dialog);
    form->setProfile(*profile);
    form->setKeyOptional(true);
    layout->addWidget(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(box);
    Profile edited;
    QByteArray key;
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!form->read(&edited, &key))
            return;
        if (edited.baseUrl != profile->baseUrl)
            edited.allowInsecureHttp = false;  // consent was given for the old address only
        QString error;
        if (edited.name != name && m_services.profiles->contains(edited.name)) {
            form->showError(tr("A profile named %1 exists already.").arg(edited.name));
            return;
        }
        if (!m_services.profiles->save(edited, &error)) {
            form->showError(error);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString newName = edited.name;
    auto afterKey = [this, name, newName] {
        reloadList();
        selectProfile(newName);
        Q_EMIT profileEdited(name, newName);
    };
    if (newName != name) {
        m_services.profiles->remove(name);
        if (key.isEmpty()) {
            // Move the stored key to the new name.
            m_services.keychain->readKey(name, this, [this, name, newName, afterKey](const KeychainResult &r) {
                if (!r.ok()) {
                    showMessage(tr("Renamed, but the key could not be moved: %1").arg(r.message), true);
                    afterKey();
                    return;
                }
                m_services.keychain->writeKey(newName, r.secret, this, [this, name, afterKey](const KeychainResult &w) {
                    if (w.ok())
                        m_services.keychain->removeKey(name, nullptr, [](const KeychainResult &) {});
                    else
                        showMessage(tr("Renamed, but the key could not be moved: %1").arg(w.message), true);
                    afterKey();
                });
            });
            return;
        }
        m_services.keychain->removeKey(name, nullptr, [](const KeychainResult &) {});
    }
    if (!key.isEmpty()) {
        m_services.keychain->writeKey(newName, key, this, [this, afterKey, newName, key](const KeychainResult &w) {
            if (!w.ok()) {
                if (m_services.sessionKeys)
                    m_services.sessionKeys->writeKey(newName, key, nullptr, [](const KeychainResult &) {});
                showMessage(tr("The key could not be stored in the keychain (%1). It is used for this session only.")
                                .arg(w.message),
                            true);
            } else {
                showMessage(tr("Saved."), false);
            }
            afterKey();
        });
        return;
    }
    showMessage(tr("Saved."), false);
    afterKey();
}
