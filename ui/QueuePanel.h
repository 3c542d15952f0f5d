#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QTableWidget;
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"

// The request queue in detail: per endpoint (rate-limit bucket) the budget used in the current
// window, queued requests per lane, requests in flight, 429s and retries seen, and in plain words
// why a throttled request waits. Refreshes itself while visible.
class QueuePanel : public QFrame
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget *parent = nullptr);

    void setQueue(RequestQueue *queue);
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<RequestQueue> m_queue;
    QLabel *m_title;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTimer m_tick;
};
