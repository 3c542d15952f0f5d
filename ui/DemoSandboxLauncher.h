#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs `webhook-sandbox serve --demo --port 0` as a child of the console for the local demo.
// The key and URL are read asynchronously from the child's stdout; the key is held in memory only
// (it never reaches a command line, a file or a log). The child stops when this object goes away,
// and on Linux also when the console dies without cleaning up (kill -9, a crash): the kernel sends
// it SIGTERM then. Its database lives in a temporary folder <tmp>/webhook-console-demo-XXXXXX that
// names its owner; removeLeftovers() clears those of consoles that are gone.
class DemoSandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoSandboxLauncher(const QString &executable, QObject *parent = nullptr);
    ~DemoSandboxLauncher() override;

    // The sandbox binary installed next to the console executable, or empty when there is none.
    static QString findNextTo(const QString &applicationDirPath);
    // Removes the demo folders of consoles that died without removing them. Returns how many.
    static int removeLeftovers();
    // The folder of this demo's database.
    QString dataDirectory() const { return m_dataDir.path(); }

    // Extra arguments after the standard demo ones, e.g. {"--rate-window", "1s"}.
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    void start();
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray apiKey() const { return m_apiKey; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QString m_executable;
    QStringList m_extraArgs;
    QTemporaryDir m_dataDir;  // the demo database lives only as long as the demo
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    bool m_readySent = false;
    bool m_stopping = false;
};
