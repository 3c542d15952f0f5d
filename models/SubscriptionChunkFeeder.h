#pragma once

#include "api/Subscription.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class SubscriptionTableModel;

// Feeds a decoded list into an empty SubscriptionTableModel in chunks, one chunk per turn of the
// event loop, so that a first load of 100,000 subscriptions never freezes the window: each
// chunk is one beginInsertRows, and a sorted view places it with one layout change. Clicks and
// repaints are served between two chunks. (A refresh of rows already shown goes through
// SubscriptionTableModel::setSubscriptions instead, which diffs.)
class SubscriptionChunkFeeder : public QObject
{
    Q_OBJECT
public:
    explicit SubscriptionChunkFeeder(SubscriptionTableModel *model, QObject *parent = nullptr);

    static constexpr int defaultChunkRows = 2000;
    void setChunkRows(int rows);
    int chunkRows() const { return m_chunkRows; }
    // Adapts the chunk size so that one chunk takes about `ms` of the event loop (0: fixed size).
    // A chunk's cost grows with the rows already loaded (a sorted view re-lays out all of them),
    // so a fixed size that is cheap at first becomes a visible freeze near 100,000 rows.
    void setTargetChunkMs(int ms) { m_targetMs = ms; }
    static constexpr int minChunkRows = 250;
    static constexpr int maxChunkRows = 8000;

    // Starts feeding `list` (replacing a feed in progress). The first chunk goes in at once.
    void start(SubscriptionList list);
    // Stops feeding; the rows fed so far stay.
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    int fedRows() const { return int(m_next); }
    int totalRows() const { return int(m_list.size()); }

Q_SIGNALS:
    void progress(int fedRows, int totalRows);
    void finished();

private:
    void feedNext();

    QPointer<SubscriptionTableModel> m_model;
    SubscriptionList m_list;
    qsizetype m_next = 0;
    int m_chunkRows = defaultChunkRows;
    int m_targetMs = 0;
    QTimer m_timer;
};
