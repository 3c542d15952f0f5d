#pragma once

#include "common/Clock.h"

#include <QElapsedTimer>

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);

    qint64 monotonicMs() const override;
    QDateTime utcNow() const override;

private:
    QElapsedTimer m_elapsed;
};
