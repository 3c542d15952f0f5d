#include "cli/CliIo.h"

#include <QIODevice>

CliIo::CliIo(QIODevice *in, QIODevice *out, QIODevice *err, bool errIsTerminal)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_errIsTerminal(errIsTerminal)
{
}

QByteArray CliIo::readLine()
{
    if (!m_in || !m_in->isReadable())
        return {};
    QByteArray line = m_in->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray CliIo::readAll()
{
    if (!m_in || !m_in->isReadable() || m_inputConsumed)
        return {};
    m_inputConsumed = true;
    return m_in->readAll();
}

void CliIo::flush()
{
    m_out.flush();
    m_err.flush();
}
