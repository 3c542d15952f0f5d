#include "ui/SecretField.h"

#include "ui/ClipboardGuard.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretField::SecretField(QClipboard *clipboard, int clearAfterMs, QWidget *parent)
    : QWidget(parent)
    , m_guard(new ClipboardGuard(clipboard, clearAfterMs, this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy secret"), this))
    , m_note(new QLabel(this))
{
    m_secret->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_secret->setFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_guard->copy(m_secret->text());
        m_note->setText(
            tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, m_guard->clearAfterMs() / 1000));
    });
    connect(m_guard, &ClipboardGuard::cleared, this, [this] { m_note->setText(tr("The clipboard was cleared.")); });
}

SecretField::~SecretField()
{
    m_guard->clearNow();
    m_secret->clear();
}

void SecretField::setSecret(const QString &secret)
{
    m_secret->setText(secret);
    m_note->clear();
}

QString SecretField::secret() const
{
    return m_secret->text();
}

void SecretField::setNames(const QString &fieldName, const QString &buttonName, const QString &accessibleName)
{
    m_secret->setObjectName(fieldName);
    m_copy->setObjectName(buttonName);
    m_secret->setAccessibleName(accessibleName);
}
