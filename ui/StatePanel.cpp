#include "ui/StatePanel.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QLabel *label : {m_icon, m_title, m_details}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    retranslate();
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_retry, &QPushButton::clicked, this, &StatePanel::retryRequested);
    m_retry->hide();
}

void StatePanel::retranslate()
{
    m_retry->setText(tr("&Retry"));
    m_title->setAccessibleName(tr("List state"));
    m_details->setAccessibleName(tr("List state details"));
    m_retry->setAccessibleName(tr("Retry loading"));
}

void StatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatePanel::setIcon(const QString &resource)
{
    if (resource.isEmpty()) {
        m_icon->clear();
        return;
    }
    m_icon->setPixmap(QIcon(resource).pixmap(QSize(48, 48), devicePixelRatioF()));
}

void StatePanel::showLoading(const QString &text)
{
    m_state = State::Loading;
    setIcon(QStringLiteral(":/icons/pending.svg"));
    m_title->setText(text);
    m_details->clear();
    m_retry->hide();
}

void StatePanel::showEmpty(const QString &title, const QString &hint)
{
    m_state = State::Empty;
    setIcon(QStringLiteral(":/icons/info.svg"));
    m_title->setText(title);
    m_details->setText(hint);
    m_retry->hide();
}

void StatePanel::showError(const QString &title, const QString &details)
{
    m_state = State::Error;
    setIcon(QStringLiteral(":/icons/warning.svg"));
    m_title->setText(title);
    m_details->setText(details);
    m_retry->show();
}

QString StatePanel::title() const
{
    return m_title->text();
}
