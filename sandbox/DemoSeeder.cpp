#include "sandbox/DemoSeeder.h"

#include "sandbox/DeliveryStore.h"
#include "sandbox/EventCatalogue.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxTransaction.h"
#include "sandbox/SubscriptionStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
struct DemoPartner
{
    const char *path;
    const char *mode;  // receiver mode, or "refused"
    const char *description;
    const char *events;  // comma separated
    bool enabled;
};

const DemoPartner partners[] = {
    {"/acme-outdoor/webhooks/orders", "ok", "Acme Outdoor: order sync into their ERP",
     "orders.created,orders.paid,orders.cancelled", true},
    {"/acme-outdoor/webhooks/shipping", "ok", "Acme Outdoor: shipping notifications for their customer service",
     "order_items.shipped,order_items.delivered", true},
    {"/nordlicht-moebel/hooks/marketplace", "fail",
     "Nordlicht Möbel: all order item events (their handler currently throws)",
     "order_items.created,order_items.shipped,order_items.cancelled,order_items.returned", true},
    {"/bergwerk-tools/api/webhook", "flaky", "Bergwerk Tools: returns and refunds (overloaded endpoint)",
     "order_items.returned,order_items.refunded,returns.created", true},
    {"/kaffeehaus-direkt/wh", "ok", "Kaffeehaus Direkt: stock and price updates for the shop mirror",
     "offers.stock_changed,offers.price_changed", true},
    {"/luna-kids/integrations/marketplace/events", "slow", "Luna Kids: everything, via a slow middleware (times out)",
     "orders.created,order_items.shipped,order_items.cancelled,products.updated", true},
    {"/gruenwald-garten/webhooks", "ok", "Grünwald Garten: cancellations for the warehouse",
     "order_items.cancelled,orders.cancelled", true},
    {"/old-endpoint/hooks", "refused", "Stadtrad Berlin: old endpoint, server switched off",
     "orders.created,order_items.shipped", true},
    {"/pixelpost/webhooks/catalogue", "ok", "Pixelpost: catalogue changes",
     "products.created,products.updated,products.deleted", true},
    {"/teekontor/marketplace-hooks", "gone", "Teekontor Hamburg: endpoint removed after their replatforming",
     "orders.created,orders.paid", true},
    {"/sportpoint/webhooks/v2/orders", "ok", "Sportpoint: order import v2", "orders.created,orders.paid", true},
    {"/sportpoint/webhooks/v1/orders", "ok", "Sportpoint: order import v1 (kept for the migration, disabled)",
     "orders.created", false},
    {"/hafenkind/hooks/returns", "fail", "Hafenkind: return labels (their API key expired)",
     "order_items.returned,returns.created", true},
    {"/feinkost-mayer/events", "ok", "Feinkost Mayer: payouts for accounting", "payouts.completed", true},
    {"/velo-werk/api/marketplace/webhook", "flaky", "Velo-Werk: shipping updates to SMS gateway",
     "order_items.shipped,order_items.delivered", true},
    {"/urban-bloom/webhook-receiver", "ok", "Urban Bloom: new orders to the packing station", "orders.created", true},
    {"/schreibwaren-koch/hooks/orders", "redirect", "Schreibwaren Koch: moved endpoint (answers with a redirect)",
     "orders.created,orders.cancelled", true},
    {"/alpenglow-cosmetics/marketplace", "ok", "Alpenglow Cosmetics: all order item events",
     "order_items.created,order_items.shipped,order_items.delivered,order_items.cancelled,order_items.returned,order_"
     "items.refunded",
     true},
    {"/kuechenprofi/wh/stock", "ok", "Küchenprofi: stock levels for the POS", "offers.stock_changed", true},
    {"/ostsee-design/api/hooks", "refused", "Ostsee Design: staging server (not running)",
     "products.updated,offers.price_changed", true},
    {"/buchladen-am-eck/webhooks", "ok", "Buchladen am Eck: orders and cancellations",
     "orders.created,orders.cancelled,order_items.cancelled", true},
    {"/tierliebe/marketplace/events", "ok", "Tierliebe: refunds for their CRM", "order_items.refunded", false},
    {"/elektro-blitz/hooks/catalogue", "fail", "Elektro Blitz: product feed importer (returns 500)",
     "products.created,products.updated", true},
    {"/modehaus-lindner/webhooks/orders", "ok", "Modehaus Lindner: order sync",
     "orders.created,orders.paid,order_items.shipped", true},
    {"/hofladen-sonnenschein/hook", "slow", "Hofladen Sonnenschein: order notifications over a slow mobile link",
     "orders.created", true},
    {"/werkstatt-23/marketplace", "ok", "Werkstatt 23: returns for the repair desk",
     "order_items.returned,returns.created", true},
    {"/glasklar-optik/webhooks", "ok", "Glasklar Optik: price changes", "offers.price_changed", true},
    {"/nordsee-fisch/api/events", "flaky", "Nordsee Fisch: delivery confirmations", "order_items.delivered", true},
    {"/spielzeugkiste/wh", "ok", "Spielzeugkiste: all order events", "orders.created,orders.paid,orders.cancelled",
     true},
    {"/zeitlos-uhren/hooks", "ok", "Zeitlos Uhren: (no events selected yet)", "", true},
};

bool failed(QString *error, const QString &reason)
{
    if (error)
        *error = QCoreApplication::translate("DemoSeeder", "Cannot seed the demo tenant: %1").arg(reason);
    return false;
}
}  // namespace

DemoSeeder::DemoSeeder(SandboxDatabase &database, SubscriptionStore &subscriptions, DeliveryStore &deliveries,
                       const EventCatalogue &catalogue, DeliverySchedule schedule)
    : m_database(database)
    , m_subscriptions(subscriptions)
    , m_deliveries(deliveries)
    , m_catalogue(catalogue)
    , m_schedule(schedule)
{ }

bool DemoSeeder::seed(qint64 tenantId, const QString &receiverBase, const QString &refusedBase, qint64 nowMs,
                      QString *error)
{
    QString reason;
    SandboxTransaction transaction(m_database);
    if (!transaction.begin(&reason))
        return failed(error, reason);
    const QString oldReceiver = m_database.setting(QStringLiteral("demo_receiver_base"));
    const QString oldRefused = m_database.setting(QStringLiteral("demo_refused_base"));
    m_database.setSetting(QStringLiteral("demo_receiver_base"), receiverBase);
    m_database.setSetting(QStringLiteral("demo_refused_base"), refusedBase);
    if (m_subscriptions.count(tenantId) > 0) {
        if (!oldReceiver.isEmpty() && oldReceiver != receiverBase)
            m_subscriptions.rewriteUrlPrefix(tenantId, oldReceiver, receiverBase);
        if (!oldRefused.isEmpty() && oldRefused != refusedBase)
            m_subscriptions.rewriteUrlPrefix(tenantId, oldRefused, refusedBase);
        return transaction.commit(&reason) || failed(error, reason);
    }

    int sequence = 0;
    for (const DemoPartner &partner : partners) {
        const QString mode = QString::fromLatin1(partner.mode);
        const QString url = mode == u"refused"
            ? refusedBase + QString::fromLatin1(partner.path)
            : receiverBase + QString::fromLatin1(partner.path) + QStringLiteral("?mode=") + mode;
        QStringList events = QString::fromLatin1(partner.events).split(u',', Qt::SkipEmptyParts);
        events.removeIf([this](const QString &e) { return !m_catalogue.contains(e); });
        // Created over the last weeks, oldest first.
        const qint64 createdAt = nowMs - qint64(30 - sequence) * 86'400'000LL - qint64(sequence) * 3'517'000LL;
        const auto created = m_subscriptions.create(tenantId, url, QString::fromUtf8(partner.description),
                                                    partner.enabled, events, createdAt);
        ++sequence;
        if (!created || events.isEmpty() || !partner.enabled)
            continue;
        // History: one event near the end of its retry window (fails within an interval or two
        // when the endpoint is broken) and one fresh event.
        const qint64 interval = m_schedule.intervalMs;
        const int maxAttempts = m_schedule.maxAttempts();
        const qint64 oldStart = nowMs - qint64(maxAttempts - 2) * interval - interval / 2;
        const QString oldEvent = events.first();
        const QJsonObject oldMessage = EventCatalogue::exampleMessage(oldEvent, sequence * 7);
        const QString newEvent = events.last();
        const QJsonObject newMessage = EventCatalogue::exampleMessage(newEvent, sequence * 7 + 1);
        for (const DeliveryStore::NewEvent &history :
             {DeliveryStore::NewEvent{tenantId, oldEvent, oldMessage, oldStart},
              DeliveryStore::NewEvent{tenantId, newEvent, newMessage, nowMs}}) {
            const DeliveryStore::CreatedEvent stored = m_deliveries.createEvent(history, {*created}, m_schedule);
            if (!stored.ok())
                return failed(error, stored.error);  // the transaction rolls back the whole seed
        }
    }
    return transaction.commit(&reason) || failed(error, reason);
}
