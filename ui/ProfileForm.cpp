#include "ui/ProfileForm.h"

#include "common/Duration.h"
#include "profiles/ProfileStore.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_window(new QLineEdit(this))
    , m_rateLimits(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_key->setEchoMode(QLineEdit::Password);
    m_rateLimits->setTabChangesFocus(true);
    m_rateLimits->setFixedHeight(m_rateLimits->fontMetrics().lineSpacing() * 3 + 12);
    for (QWidget *edit : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key),
                          static_cast<QWidget *>(m_window), static_cast<QWidget *>(m_rateLimits)}) {
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_labels.append(label);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d9463b;"));
    m_error->hide();
    form->addRow(m_error);
    retranslate();
}

void ProfileForm::retranslate()
{
    m_labels.at(0)->setText(tr("&Name:"));
    m_labels.at(1)->setText(tr("Base &URL:"));
    m_labels.at(2)->setText(tr("API &key:"));
    m_labels.at(3)->setText(tr("Rate &window:"));
    m_labels.at(4)->setText(tr("Rate &limits:"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setPlaceholderText(tr("https://api.example.com"));
    m_url->setAccessibleName(tr("Server base URL"));
    m_key->setAccessibleName(tr("API key"));
    setKeptKey(m_keptKey);
    m_window->setPlaceholderText(tr("1m (the documented window)"));
    m_window->setAccessibleName(tr("Rate-limit window"));
    m_window->setToolTip(
        tr("Leave empty for the documented one minute. Only for test servers with a compressed window."));
    m_rateLimits->setAccessibleName(tr("Rate-limit overrides"));
    m_rateLimits->setPlaceholderText(tr("PATCH /api/v1/webhooks/{id}=100/1m"));
    m_rateLimits->setToolTip(tr("Optional, one per line: a method and path, then the number of requests per "
                                "window. Only for servers whose limits differ from the documented ones."));
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_original = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_key->clear();
    m_window->setText(profile.rateWindowMs > 0 ? Duration::format(profile.rateWindowMs) : QString());
    m_rateLimits->setPlainText(profile.rateLimitSpecs.join(u'\n'));
}

void ProfileForm::setKeptKey(KeptKey kept)
{
    m_keptKey = kept;
    switch (kept) {
    case KeptKey::None:
        m_key->setPlaceholderText(tr("API key"));
        break;
    case KeptKey::Keychain:
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
        break;
    case KeptKey::Session:
        m_key->setPlaceholderText(tr("Leave empty to keep the key held for this session (not in the keychain)"));
        break;
    }
}

QString ProfileForm::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ProfileForm::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ProfileForm::read(Profile *profile, QByteArray *apiKey)
{
    QString error;
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    if (!ProfileStore::validateName(p.name, &error)) {
        showError(error);
        m_name->setFocus();
        return false;
    }
    p.baseUrl = ProfileStore::parseBaseUrl(m_url->text().trimmed(), &error);
    if (!p.baseUrl.isValid()) {
        showError(error);
        m_url->setFocus();
        return false;
    }
    const QString windowText = m_window->text().trimmed();
    if (windowText.isEmpty()) {
        p.rateWindowMs = 0;
    } else if (const auto ms = Duration::parseMs(windowText)) {
        p.rateWindowMs = *ms;
    } else {
        showError(tr("Not a duration: %1 (use e.g. 1s or 1m)").arg(windowText));
        m_window->setFocus();
        return false;
    }
    p.rateLimitSpecs.clear();
    for (const QString &line : m_rateLimits->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            p.rateLimitSpecs << line.trimmed();
    }
    if (!ProfileStore::validateRateLimits(p, &error)) {
        showError(error);
        m_rateLimits->setFocus();
        return false;
    }
    const QByteArray key = m_key->text().trimmed().toUtf8();
    if (key.isEmpty() && m_keptKey == KeptKey::None) {
        showError(tr("Enter the API key for this server."));
        m_key->setFocus();
        return false;
    }
    showError(QString());
    *profile = p;
    *apiKey = key;
    return true;
}
