#include "ui/SubscriptionCountBar.h"

#include "models/RelativeTimeText.h"
#include "models/TimeText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

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

void SubscriptionCountBar::setRefreshState(const QDateTime &now, const QString &error, int nextTryInSeconds)
{
    m_now = now;
    m_error = error;
    m_nextTryInSeconds = nextTryInSeconds;
    retranslate();
}

namespace {
// "12 s" under a minute, else "3 minutes": the bar is read at a glance, seconds matter only early.
QString span(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("SubscriptionCountBar", "%1 s").arg(std::max<qint64>(0, seconds));
    return RelativeTimeText::amount(seconds);
}
}  // namespace

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
    QString tip = QCoreApplication::translate("SubscriptionListWidget",
                                              "The list, with its delivery health, was loaded from the server at %1. "
                                              "Refresh (Ctrl+R) to load it again.")
                      .arg(TimeText::longFormat(m_loadedAt));
    // The error's own words go to the tooltip: they can be long, the bar stays one short line.
    if (!m_error.isEmpty()) {
        m_updatedLabel->setEnabled(true);
        if (m_nextTryInSeconds < 0)
            m_updatedLabel->setText(QCoreApplication::translate("SubscriptionCountBar", "Could not update."));
        else if (m_nextTryInSeconds == 0)
            m_updatedLabel->setText(
                QCoreApplication::translate("SubscriptionCountBar", "Could not update. Trying again now."));
        else
            m_updatedLabel->setText(
                QCoreApplication::translate("SubscriptionCountBar", "Could not update. Next try in %1.")
                    .arg(span(m_nextTryInSeconds)));
        tip = QCoreApplication::translate("SubscriptionCountBar", "The last update failed: %1").arg(m_error)
            + QLatin1Char('\n') + tip;
    } else {
        m_updatedLabel->setEnabled(false);
        const QDateTime now = m_now.isValid() ? m_now : m_loadedAt;
        const qint64 ago = std::max<qint64>(0, m_loadedAt.secsTo(now));
        m_updatedLabel->setText(QCoreApplication::translate("SubscriptionCountBar", "Updated %1 ago").arg(span(ago)));
    }
    m_updatedLabel->setToolTip(tip);
}

void SubscriptionCountBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
