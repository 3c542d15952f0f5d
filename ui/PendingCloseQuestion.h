#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

// Closing with writes still queued or in flight: wait for them, cancel them, keep them in the
// journal for the next start, or stay open. The window takes a Handler so that tests can answer
// without a modal dialog; ask() is what the program uses.
class PendingCloseQuestion
{
    Q_DECLARE_TR_FUNCTIONS(PendingCloseQuestion)
public:
    enum class Choice { Wait, Cancel, Keep, StayOpen };
    using Handler = std::function<Choice(QWidget *parent, int pendingCount)>;

    static Choice ask(QWidget *parent, int pendingCount);
};
