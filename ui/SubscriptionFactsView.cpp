#include "ui/SubscriptionFactsView.h"

#include "models/HealthText.h"
#include "models/TimeText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SubscriptionFactsView::SubscriptionFactsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_idValue(new QLabel(this))
    , m_createdValue(new QLabel(this))
    , m_enabledValue(new QLabel(this))
    , m_healthValue(new QLabel(this))
    , m_lastDeliveryValue(new QLabel(this))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    v->addWidget(m_title);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel *label : {m_idValue, m_createdValue, m_enabledValue, m_healthValue, m_lastDeliveryValue}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    for (QLabel *value : {m_idValue, m_createdValue, m_enabledValue, m_healthValue, m_lastDeliveryValue}) {
        auto *name = new QLabel(this);
        facts->addRow(name, value);
        m_names.append(name);
    }
    v->addLayout(facts);
    retranslate();
}

void SubscriptionFactsView::retranslate()
{
    m_names.at(0)->setText(tr("ID:"));
    m_names.at(1)->setText(tr("Created:"));
    m_names.at(2)->setText(tr("Enabled:"));
    m_names.at(3)->setText(tr("Health:"));
    m_names.at(4)->setText(tr("Last delivery:"));
    m_idValue->setAccessibleName(tr("Subscription ID"));
    m_createdValue->setAccessibleName(tr("Created"));
    m_enabledValue->setAccessibleName(tr("Enabled state"));
    m_healthValue->setAccessibleName(tr("Delivery health"));
    m_lastDeliveryValue->setAccessibleName(tr("Last delivery"));
}

void SubscriptionFactsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SubscriptionFactsView::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("—");
    return TimeText::format(time);
}

void SubscriptionFactsView::showSubscription(qint64 id, const Subscription &s, bool pending, const QString &lastError)
{
    m_title->setText(s.description && !s.description->isEmpty() ? *s.description : s.url);
    m_idValue->setText(QLocale().toString(id));
    m_createdValue->setText(formatTime(s.createdAt));
    QString enabled = s.enabled ? tr("Yes") : tr("No");
    if (pending)
        enabled += QLatin1Char(' ') + tr("(saving…)");
    if (!lastError.isEmpty())
        enabled += QLatin1Char('\n') + tr("Last change failed: %1").arg(lastError);
    m_enabledValue->setText(enabled);
    if (!s.health) {
        m_healthValue->setText(tr("Not reported by this server"));
        m_lastDeliveryValue->setText(tr("—"));
        return;
    }
    const DeliverySummary &h = *s.health;
    // The list decides the words; the details add the exact times.
    QString health = h.isFailing() ? tr("Failing since %1").arg(formatTime(h.failingSince)) : HealthText::state(h);
    if (h.pendingRetries > 0)
        health += QLatin1Char('\n') + tr("%n retry(s) pending", nullptr, h.pendingRetries);
    if (h.nextRetryAt.isValid())
        health += QLatin1Char('\n') + tr("Next retry: %1").arg(formatTime(h.nextRetryAt));
    m_healthValue->setText(health);
    m_lastDeliveryValue->setText(h.lastDeliveryAt.isValid() ? tr("%1 (%2)").arg(
                                     formatTime(h.lastDeliveryAt), HealthText::statusName(h.lastDeliveryStatus))
                                                            : tr("None yet"));
}
