// webhook-sandbox: composition root. Parses the command line, then runs `keys create` or `serve`.
#include "common/SystemClock.h"
#include "sandbox/ApiKeyStore.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("webhook-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBHOOK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const std::optional<SandboxOptions> options = SandboxOptions::parse(app.arguments(), &error);
    if (!options) {
        err << error << Qt::endl;
        return 2;
    }
    switch (options->command) {
    case SandboxOptions::Command::Help:
        out << SandboxOptions::helpText() << Qt::flush;
        return 0;
    case SandboxOptions::Command::Version:
        out << "webhook-sandbox " << WEBHOOK_VERSION << Qt::endl;
        return 0;
    case SandboxOptions::Command::KeysCreate: {
        SandboxDatabase database;
        if (!database.open(options->dbPath, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        ApiKeyStore keys(database);
        const QByteArray key = keys.create(options->keyName, &error);
        if (key.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        out << key << Qt::endl;
        return 0;
    }
    case SandboxOptions::Command::Serve:
        break;
    }

    SystemClock clock;
    SandboxServer server(*options, clock, out, &err);
    if (!server.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    return app.exec();
}
