#pragma once

#include "cli/CommandGroup.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

class ReissueJobStore;
class SecretReissue;
struct ReissueJob;

// reissue-secret ID | --continue JOB | --cancel JOB | --list: a subscription's new secret without
// an outage, one SecretReissue job per run. The secret is printed once, on stdout, and only after
// it was written and flushed is the job told that it was shown. Without --cutover now the run
// ends there; the cut-over and the old subscription's deletion follow with --continue.
class ReissueCommand final : public CommandGroup
{
    Q_OBJECT
public:
    ReissueCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent = nullptr);
    ~ReissueCommand() override;

    void start(const QString &command, const QStringList &arguments) override;
    // Ctrl-C: the job stays where it was; says how to go on.
    void interrupt() override;

    // The command line's mistakes, found before any server or key is looked for.
    static Result<> checkUsage(const QCommandLineParser &parser, const QStringList &arguments);

private:
    void list();
    void connectRunner();
    void onSecret(const QString &secret);
    void onWaitingForCutover();
    void onWaitingForDrain(const QDateTime &deleteDueAt, int pendingRetries);
    void onFinished();
    void onFailed(const QString &message);
    // A job as --json and --list --json give it.
    static QJsonObject jobJson(const ReissueJob &job);
    // --json: one object per line for each step reached; the last says where the job stands.
    void printJson(QJsonObject extra = {});
    QString continueHint() const;

    std::unique_ptr<ReissueJobStore> m_jobs;
    std::unique_ptr<SecretReissue> m_runner;
    bool m_cutoverNow = false;
};
