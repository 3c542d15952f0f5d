#include "ui/WelcomePage.h"

#include "ui/ProfileForm.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_form(new ProfileForm(this))
    , m_connect(new QPushButton(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect"), this))
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open the local &demo"), this))
    , m_demoNote(new QLabel(this))
    , m_profiles(new QListWidget(this))
    , m_useProfile(new QPushButton(tr("Connect with &profile"), this))
    , m_profilesBox(new QGroupBox(tr("Saved profiles"), this))
    , m_message(new QLabel(this))
    , m_returnRow(new QWidget(this))
    , m_returnNote(new QLabel(this))
    , m_return(new QPushButton(tr("&Back"), this))
{
    setAccessibleName(tr("Welcome"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);

    column->addStretch(1);
    auto *returnLayout = new QHBoxLayout(m_returnRow);
    returnLayout->setContentsMargins(0, 0, 0, 0);
    m_returnNote->setWordWrap(true);
    returnLayout->addWidget(m_returnNote, 1);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("Go back to the open connection (Esc)"));
    returnLayout->addWidget(m_return);
    column->addWidget(m_returnRow);
    m_returnRow->hide();
    auto *title = new QLabel(tr("<h2>Welcome to Webhook Console</h2>"), this);
    column->addWidget(title);
    auto *intro = new QLabel(tr("Connect to your webhook API to find, toggle, edit and create subscriptions "
                                "and see why deliveries fail. The API key is kept in your system's keychain, "
                                "never in a file."),
                             this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *connectBox = new QGroupBox(tr("Connect to a server"), this);
    auto *connectLayout = new QVBoxLayout(connectBox);
    connectLayout->addWidget(m_form);
    auto *connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    m_connect->setDefault(true);
    m_connect->setAccessibleName(tr("Connect to the server"));
    connectRow->addWidget(m_connect);
    connectLayout->addLayout(connectRow);
    column->addWidget(connectBox);

    auto *profilesLayout = new QVBoxLayout(m_profilesBox);
    m_profiles->setAccessibleName(tr("Saved profiles"));
    m_profiles->setMaximumHeight(m_profiles->fontMetrics().lineSpacing() * 6);
    profilesLayout->addWidget(m_profiles);
    auto *profileRow = new QHBoxLayout;
    profileRow->addStretch(1);
    profileRow->addWidget(m_useProfile);
    profilesLayout->addLayout(profileRow);
    column->addWidget(m_profilesBox);
    m_profilesBox->hide();

    auto *demoBox = new QGroupBox(tr("Try it out"), this);
    auto *demoLayout = new QVBoxLayout(demoBox);
    auto *demoText = new QLabel(tr("The local demo starts a sandbox server on this computer with sample "
                                   "subscriptions, some of them failing. Nothing leaves your machine."),
                                demoBox);
    demoText->setWordWrap(true);
    demoLayout->addWidget(demoText);
    m_demo->setAccessibleName(tr("Open the local demo"));
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoNote, 1);
    demoRow->addWidget(m_demo);
    demoLayout->addLayout(demoRow);
    m_demoNote->setWordWrap(true);
    column->addWidget(demoBox);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Connection status"));
    column->addWidget(m_message);
    column->addStretch(2);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        Profile profile;
        QByteArray key;
        if (m_form->read(&profile, &key))
            Q_EMIT connectRequested(profile, key);
    });
    connect(m_form->keyEdit(), &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_return, &QPushButton::clicked, this, &WelcomePage::returnRequested);
    auto choose = [this] {
        if (QListWidgetItem *item = m_profiles->currentItem())
            Q_EMIT profileChosen(item->text());
    };
    connect(m_useProfile, &QPushButton::clicked, this, choose);
    connect(m_profiles, &QListWidget::itemActivated, this, choose);
    setTabOrder(m_form->keyEdit(), m_connect);
    setTabOrder(m_connect, m_profiles);
    setTabOrder(m_profiles, m_useProfile);
    setTabOrder(m_useProfile, m_demo);
}

void WelcomePage::setProfiles(const QStringList &names)
{
    m_profiles->clear();
    m_profiles->addItems(names);
    if (!names.isEmpty())
        m_profiles->setCurrentRow(0);
    m_profilesBox->setVisible(!names.isEmpty());
}

void WelcomePage::setDemoAvailable(bool available, const QString &why)
{
    m_demo->setEnabled(available);
    m_demoNote->setText(available ? QString() : why);
}

void WelcomePage::setBusy(bool busy, const QString &text)
{
    m_connect->setEnabled(!busy);
    m_useProfile->setEnabled(!busy);
    if (busy)
        showMessage(text, false);
}

void WelcomePage::showMessage(const QString &text, bool error, const QString &detail)
{
    m_message->setText(text);
    m_message->setToolTip(detail.isEmpty() ? QString() : tr("Details: %1").arg(detail));
    m_message->setStyleSheet(error ? QStringLiteral("color: #d9463b;") : QString());
}

void WelcomePage::setReturnTarget(const QString &server)
{
    m_returnNote->setText(server.isEmpty() ? QString()
                                           : tr("Still connected to %1 until you connect elsewhere.").arg(server));
    m_return->setAccessibleName(tr("Back to %1").arg(server));
    m_returnRow->setVisible(!server.isEmpty());
}

// Escape goes back, from wherever it is pressed on the page that does not use it itself (a
// shortcut would lose to the text fields, which claim Escape).
void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_returnRow->isVisible()) {
        m_return->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString WelcomePage::messageText() const
{
    return m_message->text();
}
