#pragma once

#include "models/ActivityTableModel.h"

#include <QObject>
#include <QTimer>

#include <limits>
#include <optional>

class WriteJournal;
struct JournalEntry;

// Feeds the activity log (the journal's writes: the changes made from this computer) into an
// ActivityTableModel. While active it follows the journal: a change is read after a short pause,
// from the oldest row that can still change (a write not answered yet) on, so a bulk job of 300
// items re-reads a few hundred rows, not the whole log. Inactive, it does nothing; becoming
// active reads the newest kMaxRows again.
class ActivityFeed : public QObject
{
    Q_OBJECT
public:
    // The console shows this many of the newest changes; `webhookctl log` has all of them.
    static constexpr int kMaxRows = 5000;
    // Read per event-loop turn: the newest first, older ones after, so that no turn holds the
    // window longer than a frame (5,000 rows at once took 25 to 30 ms; each row also gets its
    // search key as it arrives).
    static constexpr int kSliceRows = 250;

    ActivityFeed(WriteJournal &journal, ActivityTableModel &model, QObject *parent = nullptr);

    void setActive(bool active);
    // Reads the newest kMaxRows again: the newest slice now, the older ones on the next turns.
    void reload();
    // Whether older slices are still to be read.
    bool isReadingOlder() const { return m_readingOlder; }
    // The rows' texts are in the old language: read again now if shown, else when next shown.
    void languageChanged();

    // One journal entry as a row, in the user's language.
    static ActivityTableModel::Row rowOf(const JournalEntry &entry);

Q_SIGNALS:
    // The journal could not be read; the rows shown stay as they were.
    void problem(const QString &message);

private:
    void readChanges();
    // The newest kMaxRows entries from `fromSeq` on, as rows; nullopt (and problem()) on failure.
    std::optional<QList<ActivityTableModel::Row>> readFrom(qint64 fromSeq, int limit = kMaxRows,
                                                           qint64 beforeSeq = std::numeric_limits<qint64>::max());
    void readOlderSlice(quint64 generation);
    qint64 oldestOpenSeq() const;

    WriteJournal &m_journal;
    ActivityTableModel &m_model;
    QTimer m_pause;
    bool m_active = false;
    bool m_loaded = false;
    bool m_readingOlder = false;
    quint64 m_generation = 0;  // a newer reload ends the slices of an older one
};
