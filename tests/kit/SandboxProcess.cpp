#include "kit/SandboxProcess.h"

#ifndef WEBHOOK_SANDBOX_EXE
#error "the test kit must be built with WEBHOOK_SANDBOX_EXE (see tests/CMakeLists.txt)"
#endif

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return QStringLiteral(WEBHOOK_SANDBOX_EXE);
}

bool SandboxProcess::start(const QStringList &extraServeArgs)
{
    if (!m_dir.isValid())
        return false;
    if (m_apiKey.isEmpty()) {
        m_apiKey = createKey(QStringLiteral("test"));
        if (m_apiKey.isEmpty())
            return false;
    }
    return launch(extraServeArgs);
}

QByteArray SandboxProcess::createKey(const QString &name) const
{
    QProcess keys;
    keys.start(executable(),
               {QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--db"), dbPath()});
    if (!keys.waitForFinished(30000) || keys.exitCode() != 0)
        return {};
    return keys.readAllStandardOutput().trimmed();
}

void SandboxProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool SandboxProcess::restart(const QStringList &extraServeArgs)
{
    stop();
    return launch(extraServeArgs);
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
}

bool SandboxProcess::launch(const QStringList &extraServeArgs)
{
    m_baseUrl.clear();
    QStringList args{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                     dbPath()};
    args += extraServeArgs;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(30000))
        return false;
    QByteArray out;
    const QByteArray marker("listening: ");
    auto lineComplete = [&] {
        const qsizetype at = out.indexOf(marker);
        return at >= 0 && out.indexOf('\n', at) > at;
    };
    while (!lineComplete()) {
        if (!m_process.waitForReadyRead(30000))
            return false;
        out += m_process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf(marker) + marker.size();
    const qsizetype end = out.indexOf('\n', at);
    m_baseUrl = QUrl(QString::fromUtf8(out.mid(at, end - at).trimmed()));
    const QByteArray demoMarker("demo-api-key: ");
    const qsizetype demoAt = out.indexOf(demoMarker);
    if (demoAt >= 0) {
        const qsizetype from = demoAt + demoMarker.size();
        m_demoApiKey = out.mid(from, out.indexOf('\n', from) - from).trimmed();
    }
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}
