#include "cli/ProgressLine.h"

#include "cli/CliIo.h"

#include <QCoreApplication>

#include <algorithm>

ProgressLine::ProgressLine(CliIo &io, const QString &label)
    : m_io(io)
    , m_label(label)
{ }

QString ProgressLine::text(const QString &label, const BulkJobProgress &p)
{
    QString line = QCoreApplication::translate("webhookctl", "%1: %2/%3").arg(label).arg(p.done()).arg(p.total);
    if (p.failed > 0)
        line += QCoreApplication::translate("webhookctl", ", %n failed", nullptr, p.failed);
    if (p.etaMs >= 0 && p.remaining() > 0) {
        // Whole seconds: an ETA of "1m 3s 250ms" only looks precise.
        const qint64 seconds = std::max<qint64>(1, (p.etaMs + 999) / 1000);
        const QString eta = seconds < 60
            ? QCoreApplication::translate("webhookctl", "%1s").arg(seconds)
            : QCoreApplication::translate("webhookctl", "%1m %2s").arg(seconds / 60).arg(seconds % 60);
        line += QCoreApplication::translate("webhookctl", ", about %1 left").arg(eta);
    }
    return line;
}

void ProgressLine::update(const BulkJobProgress &progress)
{
    if (!m_io.errIsTerminal())
        return;
    const QString line = text(m_label, progress);
    if (line == m_lastText)
        return;
    m_lastText = line;
    QString padded = line;
    if (line.size() < m_lastLength)
        padded += QString(m_lastLength - line.size(), u' ');
    m_lastLength = line.size();
    m_io.err() << '\r' << padded;
    m_io.err().flush();
}

void ProgressLine::clear()
{
    if (!m_io.errIsTerminal() || m_lastLength == 0)
        return;
    m_io.err() << '\r' << QString(m_lastLength, u' ') << '\r';
    m_io.err().flush();
    m_lastLength = 0;
}
