// Crash-test helper: runs a secret re-issue of one subscription with the real SecretReissue, the
// real journal of the server's address (as webhookctl --base-url files it) and the real network,
// and kills itself with SIGKILL at a chosen point, as a crash or kill -9 would stop webhookctl.
//
//   reissue_crash_runner BASE_URL OLD_ID EVENTS POINT   (the API key on the first line of stdin)
//
// POINT is a step name (created, prepared, secret-shown, cutting-over, cut-over): killed right
// after that step was stored; or create-sent, toggle-sent, delete-sent: killed when the first
// write of that kind of the job was marked sent, before its answer came. Prints "job ID" on
// stdout as soon as the job exists. Exit codes: 1 the re-issue failed, 2 usage, 3 the point was
// never reached.
#include "common/RateLimitPolicy.h"
#include "common/SystemClock.h"
#include "api/ApiClient.h"
#include "connection/Connection.h"
#include "journal/JournalLocation.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJobStore.h"
#include "reissue/SecretReissue.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

void say(const QByteArray &line)
{
    // Unbuffered: what the test reads after the kill is exactly what was written before it.
    const QByteArray out = line + '\n';
    if (::write(STDOUT_FILENO, out.constData(), size_t(out.size())) != out.size())
        std::_Exit(4);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: reissue_crash_runner BASE_URL OLD_ID EVENTS POINT\n");
        return 2;
    }
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const qint64 oldId = QByteArray(argv[2]).toLongLong();
    const QStringList events = QString::fromLocal8Bit(argv[3]).split(u',', Qt::SkipEmptyParts);
    const QString point = QString::fromLocal8Bit(argv[4]);
    std::string key;
    std::getline(std::cin, key);

    SystemClock clock;
    QNetworkAccessManager network;
    Connection connection(clock, network, RateLimitPolicy::documented());
    const auto opened = connection.openJournal(JournalLocation::directory(), JournalLocation::journalName({}, base), {},
                                               QStringLiteral("server"), {}, base);
    QString error;
    if (!opened || !connection.client().setServer(base, QByteArray::fromStdString(key), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(opened ? error : opened.error()));
        return 2;
    }
    ReissueJobStore jobs(*connection.journal());
    SecretReissue runner(connection.client(), *connection.recorder(), jobs, clock);

    QObject::connect(&runner, &SecretReissue::stepStored, [&](ReissueJob::Step step) {
        if (step == ReissueJob::Step::Started)
            say("job " + runner.job().id.toUtf8());
        if (ReissueJob::stepName(step) == point)
            std::raise(SIGKILL);
    });
    if (point.endsWith(QLatin1String("-sent"))) {
        const auto kind = JournalEntry::kindFromName(point.chopped(5));
        QObject::connect(connection.journal(), &WriteJournal::changed, [&, kind] {
            if (runner.job().id.isEmpty())
                return;
            const auto open = connection.journal()->unconfirmedOfJob(runner.job().id);
            for (const JournalEntry &e : open.value_or(QList<JournalEntry>())) {
                if (e.state == JournalEntry::State::Sent && e.write.kind == kind)
                    std::raise(SIGKILL);
            }
        });
    }
    QObject::connect(&runner, &SecretReissue::secretReady, [&](const QString &) { runner.confirmSecretShown(); });
    QObject::connect(&runner, &SecretReissue::waitingForCutover, [&] { runner.cutOver(); });
    QObject::connect(&runner, &SecretReissue::waitingForDrain, [&] { app.exit(3); });
    QObject::connect(&runner, &SecretReissue::finished, [&] { app.exit(3); });
    QObject::connect(&runner, &SecretReissue::failed, [&](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        app.exit(1);
    });
    runner.start(oldId, events);
    return app.exec();
}
