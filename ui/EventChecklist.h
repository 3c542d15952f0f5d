#pragma once

#include "api/EventType.h"

#include <QListWidget>
#include <QStringList>

// A checkable list of event types: every known type, plus any checked event the server knows but
// the types list does not (so that saving never drops an event silently).
class EventChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit EventChecklist(QWidget *parent = nullptr);

    // Keeps the current checks across a new list of types.
    void setEventTypes(const EventTypeList &types);
    void setChecked(const QStringList &events);
    QStringList checked() const;  // in list order

Q_SIGNALS:
    void checksChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QListWidgetItem *addEvent(const QString &event, const QString &description);
    bool m_filling = false;
};
