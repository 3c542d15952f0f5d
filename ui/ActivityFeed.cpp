#include "ui/ActivityFeed.h"

#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJob.h"

#include <algorithm>

namespace {

QString plainKindText(const JournalWrite &write)
{
    switch (write.kind) {
    case JournalWrite::Kind::Toggle:
        return write.body.value(QStringLiteral("enabled")).toBool() ? ActivityFeed::tr("Enable")
                                                                    : ActivityFeed::tr("Disable");
    case JournalWrite::Kind::Edit:
        return ActivityFeed::tr("Edit");
    case JournalWrite::Kind::Create:
        return ActivityFeed::tr("Create");
    case JournalWrite::Kind::Delete:
        return ActivityFeed::tr("Delete");
    }
    return QString();
}

// A secret re-issue's steps say so: its create is the copy, its delete the old subscription.
QString kindText(const JournalWrite &write)
{
    const QString kind = plainKindText(write);
    return ReissueJob::isJobId(write.bulkJobId) ? ActivityFeed::tr("Re-issue: %1").arg(kind) : kind;
}

ActivityTableModel::Outcome outcomeOf(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Done:
        return ActivityTableModel::Outcome::Confirmed;
    case JournalEntry::State::Failed:
        return ActivityTableModel::Outcome::Failed;
    case JournalEntry::State::Sent:
        return ActivityTableModel::Outcome::Uncertain;
    case JournalEntry::State::Recorded:
        return ActivityTableModel::Outcome::NotSent;
    case JournalEntry::State::Discarded:
        return ActivityTableModel::Outcome::Discarded;
    }
    return ActivityTableModel::Outcome::NotSent;
}

// Short enough for the column; the tooltip has the whole sentence.
QString resultText(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Done:
        return ActivityFeed::tr("Confirmed");
    case JournalEntry::State::Failed:
        return ActivityFeed::tr("Failed: %1").arg(entry.error);
    case JournalEntry::State::Sent:
        return ActivityFeed::tr("No answer");
    case JournalEntry::State::Recorded:
        return ActivityFeed::tr("Not sent yet");
    case JournalEntry::State::Discarded:
        return ActivityFeed::tr("Discarded");
    }
    return QString();
}

}  // namespace

ActivityFeed::ActivityFeed(WriteJournal &journal, ActivityTableModel &model, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_model(model)
{
    // A bulk job changes the journal hundreds of times a second: read once it pauses a moment.
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, &ActivityFeed::readChanges);
    connect(&m_journal, &WriteJournal::changed, this, [this] {
        m_loaded = m_loaded && m_active;
        if (m_active && !m_pause.isActive())
            m_pause.start();
    });
}

void ActivityFeed::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active && !m_loaded)
        reload();
    if (!active)
        m_pause.stop();
}

void ActivityFeed::languageChanged()
{
    if (m_active)
        reload();
    else
        m_loaded = false;
}

ActivityTableModel::Row ActivityFeed::rowOf(const JournalEntry &entry)
{
    ActivityTableModel::Row row;
    row.seq = entry.seq;
    row.time = entry.createdAt;
    row.user = entry.origin.osUser;
    row.kind = kindText(entry.write);
    row.subscriptionId = entry.subjectId();
    row.url = JournalCodec::urlOf(entry.write);
    row.change = JournalCodec::describeChanges(entry.write);
    row.result = resultText(entry);
    row.resultDetail = JournalCodec::describeState(entry);
    row.outcome = outcomeOf(entry);
    if (!entry.origin.profile.isEmpty())
        row.origin = tr("%1, profile %2 on %3").arg(entry.origin.osUser, entry.origin.profile, entry.origin.server);
    else if (!entry.origin.server.isEmpty())
        row.origin = tr("%1 on %2").arg(entry.origin.osUser, entry.origin.server);
    return row;
}

std::optional<QList<ActivityTableModel::Row>> ActivityFeed::readFrom(qint64 fromSeq, int limit, qint64 beforeSeq)
{
    const auto entries = m_journal.newestFrom(fromSeq, limit, beforeSeq);
    if (!entries) {
        Q_EMIT problem(m_journal.lastError());
        return std::nullopt;
    }
    QList<ActivityTableModel::Row> rows;
    rows.reserve(entries->size());
    for (const JournalEntry &e : *entries)
        rows.append(rowOf(e));
    m_loaded = true;
    return rows;
}

void ActivityFeed::reload()
{
    m_pause.stop();
    const quint64 generation = ++m_generation;
    const auto rows = readFrom(0, kSliceRows);
    if (!rows)
        return;
    m_model.setRows(*rows);
    m_readingOlder = rows->size() == kSliceRows;
    if (m_readingOlder)
        QTimer::singleShot(0, this, [this, generation] { readOlderSlice(generation); });
}

void ActivityFeed::readOlderSlice(quint64 generation)
{
    if (generation != m_generation || m_model.rowCount() == 0) {
        return;
    }
    const int room = kMaxRows - m_model.rowCount();
    const auto rows = room > 0 ? readFrom(0, std::min(room, kSliceRows), m_model.firstSeq())
                               : std::optional<QList<ActivityTableModel::Row>>(QList<ActivityTableModel::Row>());
    if (!rows) {
        m_readingOlder = false;
        return;
    }
    m_model.prependRows(*rows);
    m_readingOlder = rows->size() == kSliceRows && m_model.rowCount() < kMaxRows;
    if (m_readingOlder)
        QTimer::singleShot(0, this, [this, generation] { readOlderSlice(generation); });
}

qint64 ActivityFeed::oldestOpenSeq() const
{
    // Every row is looked at: an uncertain create can stay open long after newer writes ended.
    qint64 oldest = m_model.lastSeq() + 1;
    for (int row = m_model.rowCount() - 1; row >= 0; --row) {
        const auto &r = m_model.rowAt(row);
        if (r.outcome == ActivityTableModel::Outcome::NotSent || r.outcome == ActivityTableModel::Outcome::Uncertain)
            oldest = r.seq;
    }
    return oldest;
}

void ActivityFeed::readChanges()
{
    if (!m_active)
        return;
    if (m_model.rowCount() == 0)
        return reload();
    const qint64 from = oldestOpenSeq();
    if (const auto rows = readFrom(from))
        m_model.updateFrom(from, *rows);
}
