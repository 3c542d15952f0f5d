#pragma once

#include <QPointer>
#include <QTimer>
#include <QToolButton>

class QueuePanel;
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"

// The status bar's view of the request queue: how many requests wait, and when the next one may
// go while throttled. Clicking it opens the QueuePanel with every endpoint's budget.
class QueueStatusWidget : public QToolButton
{
    Q_OBJECT
public:
    explicit QueueStatusWidget(QWidget *parent = nullptr);

    void setQueue(RequestQueue *queue);
    QueuePanel *panel() const { return m_panel; }

public Q_SLOTS:
    void showPanel();
    void updateText();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<RequestQueue> m_queue;
    QueuePanel *m_panel;
    QTimer m_coalesce;  // many state changes per second become one repaint
    QTimer m_countdown;
};
