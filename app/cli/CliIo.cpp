#include "cli/CliIo.h"

#include <QIODevice>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

CliIo::CliIo(QIODevice *in, QIODevice *out, QIODevice *err, bool errIsTerminal)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_errIsTerminal(errIsTerminal)
{ }

QByteArray CliIo::readLine()
{
    if (!m_in || !m_in->isReadable() || m_inClosed)
        return {};
    QByteArray line = m_in->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray CliIo::readAll()
{
    if (!m_in || !m_in->isReadable() || m_inputConsumed || m_inClosed)
        return {};
    m_inputConsumed = true;
    return m_in->readAll();
}

void CliIo::flush()
{
    m_out.flush();
    m_err.flush();
}

QByteArray CliIo::readSecretLine(const QString &prompt)
{
    if (!m_inIsTerminal)
        return readLine();
    m_err << prompt;
    m_err.flush();
#ifdef Q_OS_UNIX
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QByteArray line = readLine();
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#else
    const QByteArray line = readLine();
#endif
    m_err << '\n';
    m_err.flush();
    return line;
}

bool CliIo::colourWanted(bool outputIsTerminal, const QProcessEnvironment &environment)
{
    // NO_COLOR counts when it is set to anything but the empty string.
    return outputIsTerminal && environment.value(QStringLiteral("NO_COLOR")).isEmpty()
        && environment.value(QStringLiteral("TERM")) != u"dumb";
}
