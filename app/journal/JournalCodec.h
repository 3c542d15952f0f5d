#pragma once

#include "api/SubscriptionDraft.h"
#include "api/SubscriptionPatch.h"
#include "journal/JournalEntry.h"

#include <QString>

#include <optional>

// Between the API's request values and journal entries, so that the console and webhookctl record
// the same bodies, resume them the same way, and describe them in the same words.
namespace JournalCodec {

JournalWrite toggle(qint64 subscriptionId, bool enabled, const QString &bulkJobId = QString());
JournalWrite edit(qint64 subscriptionId, const SubscriptionPatch &patch, const QString &bulkJobId = QString());
JournalWrite create(const SubscriptionDraft &draft, const QString &bulkJobId = QString());
JournalWrite remove(qint64 subscriptionId, const QString &bulkJobId = QString());

// Back to what is sent again on resume: the PATCH of a toggle or edit, the POST of a create.
// nullopt when the entry is of another kind or its body is not what these functions write.
std::optional<SubscriptionPatch> patchOf(const JournalWrite &write);
std::optional<SubscriptionDraft> draftOf(const JournalWrite &write);

// One line for people, translated: "Disable subscription 12", "Create https://…", ...
QString describe(const JournalWrite &write);
// Where it stands, translated: "not sent yet", "sent, no answer: check on the server", ...
QString describeState(const JournalEntry &entry);

}  // namespace JournalCodec
