#include "ui/EventChecklist.h"

#include <QEvent>

namespace {
// Marks a checked event the server's types list does not have.
constexpr int kUnlistedRole = Qt::UserRole + 1;
}  // namespace

EventChecklist::EventChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT checksChanged();
    });
    retranslate();
}

void EventChecklist::retranslate()
{
    setAccessibleName(tr("Events"));
    const bool filling = m_filling;
    m_filling = true;  // a new tooltip is no change of the checks
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kUnlistedRole).toBool())
            item(i)->setToolTip(tr("Not among the server's event types"));
    }
    m_filling = filling;
}

void EventChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

QListWidgetItem *EventChecklist::addEvent(const QString &event, const QString &description)
{
    auto *item = new QListWidgetItem(event, this);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, event);
    if (!description.isEmpty())
        item->setToolTip(description);
    return item;
}

void EventChecklist::setEventTypes(const EventTypeList &types)
{
    const QStringList keep = checked();
    m_filling = true;
    clear();
    for (const EventType &type : types)
        addEvent(type.event, type.description);
    m_filling = false;
    setChecked(keep);
}

void EventChecklist::setChecked(const QStringList &events)
{
    m_filling = true;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        it->setCheckState(events.contains(it->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &event : events) {
        if (findItems(event, Qt::MatchExactly).isEmpty()) {
            QListWidgetItem *it = addEvent(event, tr("Not among the server's event types"));
            it->setData(kUnlistedRole, true);
            it->setCheckState(Qt::Checked);
        }
    }
    m_filling = false;
}

QStringList EventChecklist::checked() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            result.append(item(i)->data(Qt::UserRole).toString());
    }
    return result;
}
