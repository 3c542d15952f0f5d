#include "ui/SubscriptionCountBar.h"

#include "models/TimeText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

// The texts keep the list's translation context, where the catalogue has them (the bar was part
// of the list widget): QCoreApplication::translate with that context rather than tr().

SubscriptionCountBar::SubscriptionCountBar(QWidget *parent)
    : QWidget(parent)
    , m_countLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    auto *footer = new QHBoxLayout(this);
    footer->setContentsMargins(0, 0, 0, 0);
    m_countLabel->setObjectName(QStringLiteral("subscriptionCount"));
    footer->addWidget(m_countLabel);
    footer->addStretch(1);
    m_updatedLabel->setObjectName(QStringLiteral("subscriptionsUpdated"));
    m_updatedLabel->setEnabled(false);  // secondary text, drawn in the palette's muted colour
    footer->addWidget(m_updatedLabel);
    retranslate();
}

void SubscriptionCountBar::setCounts(int shown, int total)
{
    m_counted = true;
    m_shown = shown;
    m_total = total;
    retranslate();
}

void SubscriptionCountBar::setLoadedAt(const QDateTime &loadedAt)
{
    m_loadedAt = loadedAt;
    retranslate();
}

void SubscriptionCountBar::retranslate()
{
    const QLocale locale;
    m_countLabel->setAccessibleName(
        QCoreApplication::translate("SubscriptionListWidget", "Number of shown subscriptions"));
    m_updatedLabel->setAccessibleName(
        QCoreApplication::translate("SubscriptionListWidget", "When the list was loaded"));
    if (!m_counted)
        m_countLabel->clear();
    else if (m_shown == m_total)
        m_countLabel->setText(
            QCoreApplication::translate("SubscriptionListWidget", "%n subscription(s)", nullptr, m_total));
    else
        m_countLabel->setText(QCoreApplication::translate("SubscriptionListWidget", "%1 of %2 shown")
                                  .arg(locale.toString(m_shown), locale.toString(m_total)));
    if (!m_loadedAt.isValid()) {
        m_updatedLabel->clear();
        m_updatedLabel->setToolTip(QString());
        return;
    }
    m_updatedLabel->setText(
        QCoreApplication::translate("SubscriptionListWidget", "Updated %1").arg(TimeText::timeOfDay(m_loadedAt)));
    m_updatedLabel->setToolTip(
        QCoreApplication::translate("SubscriptionListWidget",
                                    "The list, with its delivery health, was loaded from the server at %1. "
                                    "Refresh (Ctrl+R) to load it again.")
            .arg(TimeText::longFormat(m_loadedAt)));
}

void SubscriptionCountBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
