// webhook-sandbox: composition root. Parses the command line, then runs `keys create` or `serve`.
#include "common/SystemClock.h"
#include "sandbox/ApiKeyStore.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {

// Qt HttpServer's debug output prints every request with all of its headers, X-API-Key included.
// QT_LOGGING_RULES outranks QLoggingCategory::setFilterRules, so a filter keeps those categories
// quiet whatever the environment asks: no API key reaches a log. File scope: a filter takes no state.
QLoggingCategory::CategoryFilter g_defaultLogFilter = nullptr;

void keepRequestHeadersOutOfLogs(QLoggingCategory *category)
{
    if (g_defaultLogFilter)
        g_defaultLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_defaultLogFilter = QLoggingCategory::installFilter(keepRequestHeadersOutOfLogs);
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
