#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One write the user asked for, as the journal keeps it. It never holds the API key: only what the
// request changes (the PATCH/POST body) and where it goes (the subscription id).
struct JournalWrite
{
    enum class Kind { Toggle, Edit, Create, Delete };

    Kind kind = Kind::Edit;
    std::optional<qint64> subscriptionId;  // nullopt for a create (the server assigns the id)
    QJsonObject body;  // PATCH or POST body; empty for a delete
    QString bulkJobId;  // empty for a single interactive write
    // The subscription as the user saw it when asking for the change (JournalCodec::snapshot):
    // the "before" of the activity log. Empty when the program did not know it (a webhookctl
    // write that did not read the subscription first, or an entry older than this field).
    QJsonObject before;

    bool operator==(const JournalWrite &) const = default;
};

// Who recorded a write, and for which connection: stamped on every entry for the activity log.
struct JournalOrigin
{
    QString osUser;  // the operating-system account name
    QString profile;  // empty without a profile (webhookctl --base-url)
    QString server;  // the base URL

    // The account this program runs as (from the system, not the environment's USER).
    static QString currentOsUser();
    bool operator==(const JournalOrigin &) const = default;
};

// A journal row: the write plus where it stands.
//   Recorded: written to the journal, not (yet) handed to the network.
//   Sent:     handed to the network; no answer seen yet.
//   Done:     the server confirmed it.
//   Failed:   the server refused it, or it failed for good; `error` says why.
//   Discarded: the user chose not to send it (again). Kept, like a finished write, so that the
//             activity log still says it was asked for (and, if it had been sent, that the server
//             may have applied it).
struct JournalEntry
{
    enum class State { Recorded, Sent, Done, Failed, Discarded };

    qint64 seq = 0;  // journal order, unique per journal file
    JournalWrite write;
    State state = State::Recorded;
    int sendCount = 0;  // how many times it was marked sent
    QDateTime createdAt;  // UTC, from the injected clock
    QDateTime sentAt;  // last markSent, null if never
    QDateTime finishedAt;  // markDone/markFailed, null while unconfirmed
    QString error;  // markFailed's reason
    std::optional<qint64> resultId;  // a confirmed create: the id the server gave it
    JournalOrigin origin;  // empty for entries recorded before origins were kept

    // The subscription the entry is about: its target, or for a confirmed create the id the server
    // gave it. (WriteJournal::recordedSince filters by the same rule in SQL.)
    std::optional<qint64> subjectId() const { return write.subscriptionId ? write.subscriptionId : resultId; }

    // Not confirmed by the server yet (what the next start shows).
    bool isUnconfirmed() const { return state == State::Recorded || state == State::Sent; }
    // A create that went out without an answer: it may exist on the server. Re-sending it blindly
    // could create a duplicate (with a second secret), so the user has to check first.
    bool isUncertain() const { return state == State::Sent && write.kind == JournalWrite::Kind::Create; }

    bool operator==(const JournalEntry &) const = default;

    static QString kindName(JournalWrite::Kind kind);
    static std::optional<JournalWrite::Kind> kindFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};
