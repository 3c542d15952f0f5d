#pragma once

#include "api/Subscription.h"
#include "cli/CommandGroup.h"

#include <optional>

struct CreatedSubscription;

// types, list, get ID, create URL, update ID: one request each (create: POST, then PATCH for the
// events), on the interactive lane.
class SubscriptionCommands final : public CommandGroup
{
    Q_OBJECT
public:
    using CommandGroup::CommandGroup;

    void start(const QString &command, const QStringList &arguments) override;

    // "a, b,,c" -> {"a","b","c"}; an empty text gives an empty list.
    static QStringList splitEvents(const QString &text);

private:
    void types();
    void list();
    void get(const QString &idText);
    void create(const QString &url);
    void sendCreate(const QString &url, const std::optional<QString> &description,
                    const std::optional<QStringList> &events);
    void patchEventsAfterCreate(const CreatedSubscription &created, const QStringList &events);
    void printCreated(const CreatedSubscription &created, const QString &eventsError);
    void update(const QString &idText);
    void printSubscription(const Subscription &subscription);
    void printTable(const SubscriptionList &list);
};
