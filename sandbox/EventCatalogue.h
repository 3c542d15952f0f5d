#pragma once

#include "api/EventType.h"

#include <QJsonObject>
#include <QString>

// The event types the sandbox offers (GET /api/v1/webhooks/types). The default is a marketplace
// partner API; a JSON file can replace it: [{"event": "...", "description": "..."}, ...].
class EventCatalogue
{
public:
    // The built-in marketplace catalogue.
    static EventCatalogue defaults();
    // Reads a catalogue file. On failure returns false, sets *error and leaves this unchanged.
    bool loadFromFile(const QString &path, QString *error);

    const EventTypeList &types() const { return m_types; }
    bool contains(const QString &event) const;
    // A realistic example message for an event type (demo traffic, test events).
    static QJsonObject exampleMessage(const QString &event, int sequence);

    // The event type of test deliveries (POST /api/v1/webhooks/{id}/test); not subscribable.
    static QString testEventType() { return QStringLiteral("webhook.test"); }

private:
    EventTypeList m_types;
};
