#pragma once

// Runs the real webhook-sandbox binary on a throwaway SQLite database for integration tests.
// Waiting on the child with waitFor* is fine here: this is test code, not product code.

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class SandboxProcess
{
public:
    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;
    ~SandboxProcess();

    static QString executable();
    QString dbPath() const { return m_dir.path() + QStringLiteral("/sandbox.sqlite"); }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray apiKey() const { return m_apiKey; }
    // The key `serve --demo` printed for its demo data (empty without --demo).
    QByteArray demoApiKey() const { return m_demoApiKey; }
    QString standardError() const { return m_stderr; }
    QProcess *process() { return &m_process; }

    // Creates the key "test" (first start only) and starts `serve --port 0` on the temp db.
    bool start(const QStringList &extraServeArgs = {});
    // Runs `keys create NAME --db PATH` and returns the printed key (empty on failure).
    QByteArray createKey(const QString &name) const;
    // Kills the server without letting it clean up (as kill -9 would).
    void kill();
    bool restart(const QStringList &extraServeArgs = {});
    void stop();

private:
    bool launch(const QStringList &extraServeArgs);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    QByteArray m_demoApiKey;
    QString m_stderr;
};
