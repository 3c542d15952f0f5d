#include "journal/JournalCodec.h"

#include <QCoreApplication>
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
    }
    return QString();
}

}  // namespace JournalCodec
