#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The body of PATCH /api/v1/webhooks/{id}: only the fields that change are sent.
// For url and description, an engaged optional holding a null QString sends JSON null.
struct SubscriptionPatch
{
    std::optional<QStringList> events;
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<bool> enabled;

    bool isEmpty() const { return !events && !url && !description && !enabled; }
};
