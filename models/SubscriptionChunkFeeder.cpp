#include "models/SubscriptionChunkFeeder.h"

#include "models/SubscriptionTableModel.h"

#include <QElapsedTimer>

#include <algorithm>

SubscriptionChunkFeeder::SubscriptionChunkFeeder(SubscriptionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // A zero-interval timer: the next chunk waits until the events queued meanwhile are handled.
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SubscriptionChunkFeeder::feedNext);
}

void SubscriptionChunkFeeder::setChunkRows(int rows)
{
    m_chunkRows = std::max(1, rows);
}

void SubscriptionChunkFeeder::start(SubscriptionList list)
{
    m_list = std::move(list);
    m_next = 0;
    m_timer.start();
    feedNext();
}

void SubscriptionChunkFeeder::cancel()
{
    m_timer.stop();
    m_list.clear();
    m_next = 0;
}

void SubscriptionChunkFeeder::feedNext()
{
    if (!m_model) {
        cancel();
        return;
    }
    const qsizetype end = std::min<qsizetype>(m_next + m_chunkRows, m_list.size());
    QElapsedTimer took;
    took.start();
    if (end > m_next) {
        const int first = m_model->rowCount();
        m_model->appendBatch(m_list.mid(m_next, end - m_next));
        // The chunk's search keys too, within the same measured budget: the first keystroke after
        // the load then finds them built instead of lower-casing every row at once.
        m_model->prepareSearchKeys(first, m_model->rowCount() - first);
    }
    m_next = end;
    if (m_targetMs > 0) {
        // Halve after a chunk that took too long, grow after a cheap one (within bounds). In
        // nanoseconds: whole milliseconds would let a chunk of 10.9 ms pass a 10 ms target.
        const double ms = double(took.nsecsElapsed()) / 1e6;
        if (ms > m_targetMs)
            m_chunkRows = std::max(minChunkRows, m_chunkRows / 2);
        else if (ms * 3 < m_targetMs)
            m_chunkRows = std::min(maxChunkRows, m_chunkRows * 2);
    }
    Q_EMIT progress(int(m_next), int(m_list.size()));
    if (m_next >= m_list.size()) {
        m_timer.stop();
        m_list.clear();
        m_next = 0;
        Q_EMIT finished();
    }
}
