#pragma once

#include "api/Delivery.h"
#include "cli/CommandGroup.h"

class ApiError;

// deliveries ID [--status S] [--limit N] [--offset M] [--json|--csv] and retry ID DELIVERY_ID: the sandbox's
// delivery extensions. A server without them (the vendor's documented API) gets a calm note with
// the documented retry policy instead of an error dump, and exit code 7.
class DeliveryCommands final : public CommandGroup
{
    Q_OBJECT
public:
    using CommandGroup::CommandGroup;

    void start(const QString &command, const QStringList &arguments) override;

private:
    void deliveries(const QString &idText);
    void retry(const QString &idText, const QString &deliveryText);
    void sendRetry(qint64 id, qint64 deliveryId);
    void writeCsv(qint64 id, const DeliveryPage &page);
    void failDelivery(const ApiError &error);
};
