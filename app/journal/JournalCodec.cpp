#include "journal/JournalCodec.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <QJsonArray>

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

std::optional<QStringList> stringList(const QJsonValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out << item.toString();
    }
    return out;
}

// A field's value in words: on/off, (none) for null, events joined, "?" when not known.
QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("?");
    if (v.isNull())
        return QCoreApplication::translate("JournalCodec", "(none)");
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("JournalCodec", "on")
                          : QCoreApplication::translate("JournalCodec", "off");
    if (v.isArray()) {
        const auto list = stringList(v);
        if (!list)
            return QStringLiteral("?");
        return list->isEmpty() ? QCoreApplication::translate("JournalCodec", "(none)")
                               : list->join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

// Fields in the order people read a subscription, unknown ones after them.
QStringList orderedFields(QStringList fields)
{
    static const QStringList order{QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("enabled"),
                                   QStringLiteral("events")};
    std::stable_sort(fields.begin(), fields.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &f) {
            const auto i = order.indexOf(f);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    return fields;
}

QString shortened(const QString &text)
{
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

}  // namespace

namespace JournalCodec {

JournalWrite toggle(qint64 subscriptionId, bool enabled, const QString &bulkJobId)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Toggle;
    w.subscriptionId = subscriptionId;
    w.body.insert(QStringLiteral("enabled"), enabled);
    w.bulkJobId = bulkJobId;
    return w;
}

JournalWrite edit(qint64 subscriptionId, const SubscriptionPatch &patch, const QString &bulkJobId)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Edit;
    w.subscriptionId = subscriptionId;
    w.bulkJobId = bulkJobId;
    // Same shape as the PATCH body: only the changed fields, a null QString as JSON null.
    if (patch.events)
        w.body.insert(QStringLiteral("events"), toArray(*patch.events));
    if (patch.url)
        w.body.insert(QStringLiteral("url"), patch.url->isNull() ? QJsonValue() : QJsonValue(*patch.url));
    if (patch.description)
        w.body.insert(QStringLiteral("description"),
                      patch.description->isNull() ? QJsonValue() : QJsonValue(*patch.description));
    if (patch.enabled)
        w.body.insert(QStringLiteral("enabled"), *patch.enabled);
    return w;
}

JournalWrite create(const SubscriptionDraft &draft, const QString &bulkJobId)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Create;
    w.bulkJobId = bulkJobId;
    w.body.insert(QStringLiteral("url"), draft.url);
    if (draft.description)
        w.body.insert(QStringLiteral("description"),
                      draft.description->isNull() ? QJsonValue() : QJsonValue(*draft.description));
    if (draft.events)
        w.body.insert(QStringLiteral("events"), toArray(*draft.events));
    return w;
}

JournalWrite remove(qint64 subscriptionId, const QString &bulkJobId)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Delete;
    w.subscriptionId = subscriptionId;
    w.bulkJobId = bulkJobId;
    return w;
}

JournalWrite update(qint64 subscriptionId, const SubscriptionPatch &patch, const QString &bulkJobId)
{
    const bool onlyEnabled = patch.enabled && !patch.url && !patch.description && !patch.events;
    return onlyEnabled ? toggle(subscriptionId, *patch.enabled, bulkJobId) : edit(subscriptionId, patch, bulkJobId);
}

std::optional<SubscriptionPatch> patchOf(const JournalWrite &write)
{
    if (write.kind != JournalWrite::Kind::Toggle && write.kind != JournalWrite::Kind::Edit)
        return std::nullopt;
    SubscriptionPatch p;
    for (auto it = write.body.constBegin(); it != write.body.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == u"enabled" && v.isBool()) {
            p.enabled = v.toBool();
        } else if (it.key() == u"url" && (v.isString() || v.isNull())) {
            p.url = v.isNull() ? QString() : v.toString();
        } else if (it.key() == u"description" && (v.isString() || v.isNull())) {
            p.description = v.isNull() ? QString() : v.toString();
        } else if (it.key() == u"events") {
            p.events = stringList(v);
            if (!p.events)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (p.isEmpty())
        return std::nullopt;
    return p;
}

std::optional<SubscriptionDraft> draftOf(const JournalWrite &write)
{
    if (write.kind != JournalWrite::Kind::Create || !write.body.value(QStringLiteral("url")).isString())
        return std::nullopt;
    SubscriptionDraft d;
    d.url = write.body.value(QStringLiteral("url")).toString();
    if (write.body.contains(QStringLiteral("description"))) {
        const QJsonValue v = write.body.value(QStringLiteral("description"));
        if (!v.isString() && !v.isNull())
            return std::nullopt;
        d.description = v.isNull() ? QString() : v.toString();
    }
    if (write.body.contains(QStringLiteral("events"))) {
        d.events = stringList(write.body.value(QStringLiteral("events")));
        if (!d.events)
            return std::nullopt;
    }
    return d;
}

QJsonObject snapshot(const Subscription &subscription)
{
    QJsonObject o{{QStringLiteral("url"), subscription.url},
                  {QStringLiteral("description"),
                   subscription.description ? QJsonValue(*subscription.description) : QJsonValue()},
                  {QStringLiteral("enabled"), subscription.enabled}};
    if (subscription.events)
        o.insert(QStringLiteral("events"), toArray(*subscription.events));
    return o;
}

QList<FieldChange> changes(const JournalWrite &write)
{
    QList<FieldChange> out;
    if (write.kind == JournalWrite::Kind::Delete) {
        for (const QString &field : orderedFields(write.before.keys()))
            out.append({field, valueText(write.before.value(field)),
                        QCoreApplication::translate("JournalCodec", "(deleted)")});
        return out;
    }
    for (const QString &field : orderedFields(write.body.keys())) {
        const QString before =
            write.kind == JournalWrite::Kind::Create ? QStringLiteral("–") : valueText(write.before.value(field));
        out.append({field, before, valueText(write.body.value(field))});
    }
    return out;
}

QString describeChanges(const JournalWrite &write)
{
    QStringList parts;
    for (const FieldChange &c : changes(write))
        parts << QStringLiteral("%1: %2 → %3").arg(c.field, shortened(c.before), shortened(c.after));
    return parts.join(QStringLiteral("; "));
}

QString urlOf(const JournalWrite &write)
{
    const QJsonValue set = write.body.value(QStringLiteral("url"));
    return set.isString() ? set.toString() : write.before.value(QStringLiteral("url")).toString();
}

QString describe(const JournalWrite &write)
{
    const QString id = write.subscriptionId ? QString::number(*write.subscriptionId) : QStringLiteral("?");
    switch (write.kind) {
    case JournalWrite::Kind::Toggle:
        return (write.body.value(QStringLiteral("enabled")).toBool()
                    ? QCoreApplication::translate("JournalCodec", "Enable subscription %1")
                    : QCoreApplication::translate("JournalCodec", "Disable subscription %1"))
            .arg(id);
    case JournalWrite::Kind::Edit: {
        const QStringList fields = write.body.keys();
        return QCoreApplication::translate("JournalCodec", "Change %1 of subscription %2")
            .arg(fields.join(QStringLiteral(", ")), id);
    }
    case JournalWrite::Kind::Create:
        return QCoreApplication::translate("JournalCodec", "Create a subscription for %1")
            .arg(shortened(write.body.value(QStringLiteral("url")).toString()));
    case JournalWrite::Kind::Delete:
        return QCoreApplication::translate("JournalCodec", "Delete subscription %1").arg(id);
    }
    return QString();
}

QString describeState(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Recorded:
        return QCoreApplication::translate("JournalCodec", "not sent yet");
    case JournalEntry::State::Sent:
        return entry.isUncertain()
            ? QCoreApplication::translate(
                "JournalCodec",
                "sent, but no answer came: check on the server whether it was created before sending it again")
            : QCoreApplication::translate("JournalCodec", "sent, but no answer came: safe to send again");
    case JournalEntry::State::Done:
        return QCoreApplication::translate("JournalCodec", "confirmed by the server");
    case JournalEntry::State::Failed:
        return QCoreApplication::translate("JournalCodec", "failed: %1").arg(entry.error);
    case JournalEntry::State::Discarded:
        return entry.sendCount > 0 ? QCoreApplication::translate(
                   "JournalCodec", "discarded after it was sent without an answer: the server may have applied it")
                                   : QCoreApplication::translate("JournalCodec", "discarded, never sent");
    }
    return QString();
}

}  // namespace JournalCodec
