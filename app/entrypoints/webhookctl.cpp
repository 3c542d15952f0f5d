// webhookctl: the command line for scripting and bulk work. Composition root: creates the services,
// hands them to CommandLine, and exits with the code it reports. All work is asynchronous on the
// event loop; nothing here waits.
#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "cli/CliIo.h"
#include "cli/CliServices.h"
#include "cli/CommandLine.h"
#include "connection/Connection.h"
#include "common/RateLimitPolicy.h"
#include "common/SystemClock.h"
#include "common/UnixSignalWatcher.h"
#include "common/TranslationLoader.h"
#include "credentials/KeychainStore.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// A standard descriptor the program was started without would be taken by the next file or pipe
// it opens (Qt's own event pipe, say), and a key read from "stdin" would come from there. Each
// closed one is pointed at /dev/null before anything else opens a file. Returns whether stdin was.
bool guardClosedStandardDescriptors()
{
    bool stdinClosed = false;
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        stdinClosed = stdinClosed || fd == STDIN_FILENO;
        const int null = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
    }
    return stdinClosed;
}

}  // namespace

// The width help is laid out for: the terminal's, else COLUMNS (set by shells and by users who
// pipe help into a pager), else 80.
static int terminalColumns()
{
    winsize size{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}

int main(int argc, char *argv[])
{
    const bool stdinClosed = guardClosedStandardDescriptors();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("webhookctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBHOOK_VERSION));

    // The system's language (LANGUAGE, LC_ALL, LANG); the catalogues are embedded under :/i18n.
    TranslationLoader translations;
    translations.apply(TranslationLoader::systemChoice());

    SystemClock clock;
    QNetworkAccessManager network;
    // Queue, client and the journal's gate (which marks a write "sent" as it really leaves), built
    // as the console builds each of its sessions.
    Connection connection(clock, network, RateLimitPolicy::documented());
    KeychainStore keychain;
    ProfileStore profiles;

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    CliIo io(&in, &out, &err, ::isatty(STDERR_FILENO) == 1);
    io.setInputIsTerminal(::isatty(STDIN_FILENO) == 1);
    io.setInputClosed(stdinClosed);
    io.setOutputWidth(terminalColumns());
    io.setColour(CliIo::colourWanted(::isatty(STDOUT_FILENO) == 1, QProcessEnvironment::systemEnvironment()));

    CliServices services;
    services.client = &connection.client();
    services.queue = &connection.queue();
    services.credentials = &keychain;
    services.profiles = &profiles;
    services.environment = QProcessEnvironment::systemEnvironment();
    services.clock = &clock;
    services.connection = &connection;
    // services.journalDirectory stays empty: JournalLocation, shared with webhook-console.

    CommandLine commandLine(services, io);
    QObject::connect(&commandLine, &CommandLine::finished, &app, [&io](int exitCode) {
        io.flush();
        QCoreApplication::exit(exitCode);
    });
    // Ctrl-C: the running command stops what is still queued and reports; a second one ends it.
    UnixSignalWatcher interrupts({SIGINT});
    QObject::connect(&interrupts, &UnixSignalWatcher::received, &commandLine,
                     [&commandLine] { commandLine.interrupt(); });

    QTimer::singleShot(0, &commandLine, [&commandLine] { commandLine.run(QCoreApplication::arguments()); });
    return app.exec();
}
