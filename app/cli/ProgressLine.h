#pragma once

#include "api/BulkJobProgress.h"

#include <QString>

class CliIo;

// The one-line progress of a bulk command on a terminal ("Disabling: 120/300, 2 failed, about
// 1m 20s left"), redrawn in place with a carriage return. Draws nothing when stderr is not a
// terminal, so pipes and logs get only the final summary.
class ProgressLine
{
public:
    ProgressLine(CliIo &io, const QString &label);

    void update(const BulkJobProgress &progress);
    void clear();

    static QString text(const QString &label, const BulkJobProgress &progress);

private:
    CliIo &m_io;
    QString m_label;
    qsizetype m_lastLength = 0;
    QString m_lastText;
};
