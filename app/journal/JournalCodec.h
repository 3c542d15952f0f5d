#pragma once

#include "api/Subscription.h"
#include "api/SubscriptionDraft.h"
#include "api/SubscriptionPatch.h"
#include "journal/JournalEntry.h"

#include <QList>
#include <QString>

#include <optional>

// Between the API's request values and journal entries, so that the console and webhookctl record
// the same bodies, resume them the same way, and describe them in the same words.
namespace JournalCodec {

JournalWrite toggle(qint64 subscriptionId, bool enabled, const QString &bulkJobId = QString());
JournalWrite edit(qint64 subscriptionId, const SubscriptionPatch &patch, const QString &bulkJobId = QString());
JournalWrite create(const SubscriptionDraft &draft, const QString &bulkJobId = QString());
// A PATCH as the journal names it: a toggle when it sets only `enabled`, else an edit.
JournalWrite update(qint64 subscriptionId, const SubscriptionPatch &patch, const QString &bulkJobId = QString());
JournalWrite remove(qint64 subscriptionId, const QString &bulkJobId = QString());

// Back to what is sent again on resume: the PATCH of a toggle or edit, the POST of a create.
// nullopt when the entry is of another kind or its body is not what these functions write.
std::optional<SubscriptionPatch> patchOf(const JournalWrite &write);
std::optional<SubscriptionDraft> draftOf(const JournalWrite &write);

// What the user saw of a subscription when asking for a change: the "before" of a write (url,
// description, enabled, and events where known).
QJsonObject snapshot(const Subscription &subscription);

// One field a write changes, as text for people: "enabled", "on", "off". A value the program did
// not know (no snapshot, or events the API never reports) is "?".
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};
// Toggle and edit: the fields of the body. Create: every field sent, from nothing. Delete: every
// field of the snapshot, to nothing.
QList<FieldChange> changes(const JournalWrite &write);
// The same on one line: "enabled: on → off; url: https://a → https://b".
QString describeChanges(const JournalWrite &write);
// The URL the write is about: the one it sets, or the one the subscription had.
QString urlOf(const JournalWrite &write);

// One line for people, translated: "Disable subscription 12", "Create https://…", ...
QString describe(const JournalWrite &write);
// Where it stands, translated: "not sent yet", "sent, no answer: check on the server", ...
QString describeState(const JournalEntry &entry);

}  // namespace JournalCodec
