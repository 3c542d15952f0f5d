#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QSocketNotifier;

// Turns Unix signals (SIGINT, SIGTERM, SIGHUP) into a Qt signal on the event loop. A signal
// handler may only write(), so the handler writes the signal number into a pipe that a
// QSocketNotifier reads (Qt's "Calling Qt Functions From Unix Signal Handlers"). After its first
// delivery a signal gets its default action back: a second Ctrl-C or TERM ends a program whose
// clean shutdown hangs. One watcher per process (a handler cannot be handed state).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
