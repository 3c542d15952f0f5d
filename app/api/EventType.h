#pragma once

#include <QList>
#include <QString>

// One entry of GET /api/v1/webhooks/types.
struct EventType
{
    QString event;  // at most 255 characters
    QString description;

    bool operator==(const EventType &) const = default;
};
using EventTypeList = QList<EventType>;
