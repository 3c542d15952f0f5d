#include "kit/WebhookctlRun.h"

#include <QProcess>
#include <QSignalSpy>

QString WebhookctlRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

QProcessEnvironment WebhookctlRun::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBHOOK_API_KEY"));
    return env;
}

QProcessEnvironment WebhookctlRun::environmentIn(const QString &home)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

WebhookctlRun WebhookctlRun::run(const QStringList &arguments, const QProcessEnvironment &environment,
                                 const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"), arguments);
    WebhookctlRun result;
    if (!process.waitForStarted(30'000)) {
        result.err = "webhookctl did not start: " + process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (done.isEmpty() && !done.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "webhookctl did not finish (hang)";
        return result;
    }
    result.finished = true;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
