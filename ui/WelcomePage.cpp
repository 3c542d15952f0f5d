#include "ui/WelcomePage.h"

#include "ui/ProfileForm.h"

#include <QEvent>
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
    , m_connect(new QPushButton(QIcon(QStringLiteral(":/icons/connect.svg")), QString(), this))
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this))
    , m_demoNote(new QLabel(this))
    , m_profiles(new QListWidget(this))
    , m_useProfile(new QPushButton(this))
    , m_profilesBox(new QGroupBox(this))
    , m_message(new QLabel(this))
    , m_returnRow(new QWidget(this))
    , m_returnNote(new QLabel(this))
    , m_return(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_connectBox(new QGroupBox(this))
    , m_demoBox(new QGroupBox(this))
    , m_demoText(new QLabel(m_demoBox))
{
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
    returnLayout->addWidget(m_return);
    column->addWidget(m_returnRow);
    m_returnRow->hide();
    column->addWidget(m_title);
    m_intro->setWordWrap(true);
    column->addWidget(m_intro);

    auto *connectLayout = new QVBoxLayout(m_connectBox);
    connectLayout->addWidget(m_form);
    auto *connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    m_connect->setDefault(true);
    connectRow->addWidget(m_connect);
    connectLayout->addLayout(connectRow);
    column->addWidget(m_connectBox);

    auto *profilesLayout = new QVBoxLayout(m_profilesBox);
    m_profiles->setMaximumHeight(m_profiles->fontMetrics().lineSpacing() * 6);
    profilesLayout->addWidget(m_profiles);
    auto *profileRow = new QHBoxLayout;
    profileRow->addStretch(1);
    profileRow->addWidget(m_useProfile);
    profilesLayout->addLayout(profileRow);
    column->addWidget(m_profilesBox);
    m_profilesBox->hide();

    auto *demoLayout = new QVBoxLayout(m_demoBox);
    m_demoText->setWordWrap(true);
    demoLayout->addWidget(m_demoText);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoNote, 1);
    demoRow->addWidget(m_demo);
    demoLayout->addLayout(demoRow);
    m_demoNote->setWordWrap(true);
    column->addWidget(m_demoBox);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    retranslate();
}

void WelcomePage::retranslate()
{
    setAccessibleName(tr("Welcome"));
    m_return->setText(tr("&Back"));
    m_return->setToolTip(tr("Go back to the open connection (Esc)"));
    m_title->setText(tr("<h2>Welcome to Webhook Console</h2>"));
    m_intro->setText(tr("Connect to your webhook API to find, toggle, edit and create subscriptions "
                        "and see why deliveries fail. The API key is kept in your system's keychain, "
                        "never in a file."));
    m_connectBox->setTitle(tr("Connect to a server"));
    m_connect->setText(tr("&Connect"));
    m_connect->setAccessibleName(tr("Connect to the server"));
    m_profilesBox->setTitle(tr("Saved profiles"));
    m_profiles->setAccessibleName(tr("Saved profiles"));
    m_useProfile->setText(tr("Connect with &profile"));
    m_demoBox->setTitle(tr("Try it out"));
    m_demoText->setText(tr("The local demo starts a sandbox server on this computer with sample "
                           "subscriptions, some of them failing. Nothing leaves your machine."));
    m_demo->setText(tr("Open the local &demo"));
    m_demo->setAccessibleName(tr("Open the local demo"));
    m_message->setAccessibleName(tr("Connection status"));
    setReturnTarget(m_returnTarget);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
    m_returnTarget = server;
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
