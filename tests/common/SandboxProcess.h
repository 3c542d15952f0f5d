#pragma once

// Runs the real webhook-sandbox binary on a throwaway SQLite database for integration tests.
// Waiting on the child with waitFor* is fine here: this is test code, not product code.

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#ifndef WEBHOOK_SANDBOX_EXE
#error "tests must be built with WEBHOOK_SANDBOX_EXE (see tests/CMakeLists.txt)"
#endif

class SandboxProcess
{
public:
    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;
    ~SandboxProcess() { stop(); }

    static QString executable() { return QStringLiteral(WEBHOOK_SANDBOX_EXE); }
    QString dbPath() const { return m_dir.path() + QStringLiteral("/sandbox.sqlite"); }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray apiKey() const { return m_apiKey; }
    QString standardError() const { return m_stderr; }
    QProcess *process() { return &m_process; }

    // Creates the key "test" (first start only) and starts `serve --port 0` on the temp db.
    bool start(const QStringList &extraServeArgs = {})
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

    // Runs `keys create NAME --db PATH` and returns the printed key (empty on failure).
    QByteArray createKey(const QString &name) const
    {
        QProcess keys;
        keys.start(executable(), {QStringLiteral("keys"), QStringLiteral("create"), name,
                                  QStringLiteral("--db"), dbPath()});
        if (!keys.waitForFinished(30000) || keys.exitCode() != 0)
            return {};
        return keys.readAllStandardOutput().trimmed();
    }

    // Kills the server without letting it clean up (as kill -9 would).
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool restart(const QStringList &extraServeArgs = {})
    {
        stop();
        return launch(extraServeArgs);
    }

    void stop()
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

private:
    bool launch(const QStringList &extraServeArgs)
    {
        m_baseUrl.clear();
        QStringList args{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--db"), dbPath()};
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
        return m_baseUrl.isValid() && m_baseUrl.port() > 0;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    QString m_stderr;
};
