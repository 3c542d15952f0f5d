#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the built webhookctl, as the CLI tests start it: what it printed and how it ended.
struct WebhookctlRun
{
    int exitCode = -1;  // -1: did not start or did not end in time; -2: crashed
    QByteArray out;
    QByteArray err;
    bool finished = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For failure messages: the exit code and the start of both streams.
    QString describe() const;

    // The system's environment without WEBHOOK_API_KEY: a test gives the key explicitly.
    static QProcessEnvironment environment();
    // The same, with the data (journals), config (profiles) and cache folders below `home`: a run
    // that touches no real home directory, and whose files the test can read.
    static QProcessEnvironment environmentIn(const QString &home);
    // Runs webhookctl with `arguments`, writes `input` to its standard input and closes it, and
    // waits with the event loop turning (a server in the test process keeps answering). A run that
    // has not ended after `timeoutMs` is killed and reported as a hang.
    static WebhookctlRun run(const QStringList &arguments, const QProcessEnvironment &environment,
                             const QByteArray &input = {}, int timeoutMs = 180'000);
};
