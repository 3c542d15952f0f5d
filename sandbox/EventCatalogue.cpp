#include "sandbox/EventCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

EventCatalogue EventCatalogue::defaults()
{
    struct Entry
    {
        const char *event;
        const char *description;
    };
    static const Entry entries[] = {
        {"orders.created", "A customer placed an order; it contains one or more order items."},
        {"orders.paid", "The payment for an order was captured."},
        {"orders.cancelled", "An order was cancelled as a whole, before any item shipped."},
        {"order_items.created", "An order item was created and awaits fulfilment."},
        {"order_items.shipped", "An order item was handed to the carrier; the message carries the tracking number."},
        {"order_items.delivered", "The carrier reported an order item as delivered."},
        {"order_items.cancelled", "An order item was cancelled by the customer, the seller or the marketplace."},
        {"order_items.returned", "A customer returned an order item; the message carries the return reason."},
        {"order_items.refunded", "An order item was refunded to the customer."},
        {"products.created", "A product was listed on the marketplace."},
        {"products.updated", "A product's title, description, price or attributes changed."},
        {"products.deleted", "A product was removed from the marketplace."},
        {"offers.stock_changed", "The stock of an offer changed."},
        {"offers.price_changed", "The price of an offer changed."},
        {"returns.created", "A customer opened a return request."},
        {"payouts.completed", "A payout to the seller's bank account was completed."},
    };
    EventCatalogue catalogue;
    for (const Entry &entry : entries)
        catalogue.m_types.append(EventType{QString::fromLatin1(entry.event), QString::fromLatin1(entry.description)});
    return catalogue;
}

bool EventCatalogue::loadFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("EventCatalogue", "Cannot read the event catalogue %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                         "EventCatalogue",
                         "The event catalogue %1 must be a JSON array of {\"event\", \"description\"} objects.")
                         .arg(path);
        return false;
    }
    EventTypeList types;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString event = object.value(QStringLiteral("event")).toString();
        if (event.isEmpty() || event.size() > 255) {
            if (error)
                *error = QCoreApplication::translate(
                             "EventCatalogue",
                             "The event catalogue %1 has an entry without an event name of 1 to 255 characters.")
                             .arg(path);
            return false;
        }
        types.append(EventType{event, object.value(QStringLiteral("description")).toString()});
    }
    m_types = types;
    return true;
}

bool EventCatalogue::contains(const QString &event) const
{
    for (const EventType &type : m_types) {
        if (type.event == event)
            return true;
    }
    return false;
}

QJsonObject EventCatalogue::exampleMessage(const QString &event, int sequence)
{
    static const char *const carriers[] = {"DHL", "DPD", "Hermes", "UPS", "GLS"};
    static const char *const reasons[] = {"damaged", "wrong_size", "not_as_described", "changed_mind"};
    const QString orderId = QStringLiteral("ORD-%1").arg(100000 + sequence);
    const QString itemId = QStringLiteral("OI-%1").arg(500000 + sequence * 3);
    QJsonObject message;
    if (event.startsWith(u"order_items.")) {
        message.insert(QStringLiteral("order_id"), orderId);
        message.insert(QStringLiteral("order_item_id"), itemId);
        message.insert(QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(2000 + sequence % 97));
        message.insert(QStringLiteral("quantity"), 1 + sequence % 3);
        if (event.endsWith(u".shipped")) {
            message.insert(QStringLiteral("carrier"), QString::fromLatin1(carriers[sequence % 5]));
            message.insert(QStringLiteral("tracking_number"), QStringLiteral("00340434%1").arg(161094000 + sequence));
        } else if (event.endsWith(u".returned")) {
            message.insert(QStringLiteral("reason"), QString::fromLatin1(reasons[sequence % 4]));
        } else if (event.endsWith(u".cancelled")) {
            message.insert(QStringLiteral("reason"), QStringLiteral("customer_request"));
        }
    } else if (event.startsWith(u"orders.")) {
        message.insert(QStringLiteral("order_id"), orderId);
        message.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        message.insert(QStringLiteral("total_amount"),
                       QStringLiteral("%1.%2").arg(19 + sequence % 180).arg(sequence % 100, 2, 10, QLatin1Char('0')));
    } else if (event.startsWith(u"products.") || event.startsWith(u"offers.")) {
        message.insert(QStringLiteral("product_id"), QStringLiteral("P-%1").arg(70000 + sequence % 500));
        message.insert(QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(2000 + sequence % 97));
        if (event.endsWith(u"stock_changed"))
            message.insert(QStringLiteral("stock"), sequence % 40);
        if (event.endsWith(u"price_changed"))
            message.insert(QStringLiteral("price"), QStringLiteral("%1.99").arg(9 + sequence % 90));
    } else if (event == testEventType()) {
        message.insert(QStringLiteral("test"), true);
        message.insert(QStringLiteral("note"), QStringLiteral("This is a test delivery sent from the sandbox."));
    } else {
        message.insert(QStringLiteral("reference"), QStringLiteral("REF-%1").arg(sequence));
    }
    return message;
}
