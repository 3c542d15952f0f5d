// Composition root of the desktop console: parses the command line, builds the services and
// hands them to the main window. No logic lives here.

#include "common/SystemClock.h"
#include "common/TranslationLoader.h"
#include "common/UnixSignalWatcher.h"
#include "credentials/KeychainStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "journal/JournalLocation.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleOptions.h"
#include "ui/ConsoleServices.h"
#include "ui/DemoSandboxLauncher.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("webhook-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Webhook Console"));
    QApplication::setOrganizationName(QStringLiteral("webhook-console"));
    QApplication::setApplicationVersion(QStringLiteral(WEBHOOK_VERSION));
    // The installed desktop file's id (packaging/): Wayland docks match the window to its icon by it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.webhookconsole.WebhookConsole"));

    // The language first: --help and every window speak it.
    QSettings uiSettings(QStringLiteral("webhook-console"), QStringLiteral("console"));
    TranslationLoader translations;
    translations.apply(uiSettings.value(QStringLiteral("language"), TranslationLoader::systemChoice()).toString());

    ConsoleOptions options;
    QString message;
    switch (ConsoleOptions::parse(QApplication::arguments(), &options, &message)) {
    case ConsoleOptions::Outcome::ExitOk:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case ConsoleOptions::Outcome::ExitError:
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        return 2;
    case ConsoleOptions::Outcome::Run:
        break;
    }

    SystemClock clock;
    QNetworkAccessManager network;
    ProfileStore profiles;
    KeychainStore keychain;
    MemoryCredentialStore sessionKeys;

    ConsoleServices services;
    services.clock = &clock;
    services.network = &network;
    services.profiles = &profiles;
    services.keychain = &keychain;
    services.sessionKeys = &sessionKeys;
    services.settings = &uiSettings;
    services.translations = &translations;
    services.clipboard = QApplication::clipboard();
    services.sandboxExecutable = options.sandboxExecutable.isEmpty()
        ? DemoSandboxLauncher::findNextTo(QApplication::applicationDirPath())
        : options.sandboxExecutable;
    services.rateWindowMs = options.rateWindowMs;
    // The same folder webhookctl uses, so both see a profile's pending writes.
    services.journalDirectory = JournalLocation::directory();

    // Demo folders of consoles that were killed before they could remove them.
    DemoSandboxLauncher::removeLeftovers();

    MainWindow window(services);
    // TERM (logout, session manager), INT and HUP close the window cleanly with no one to answer
    // a question: pending writes stay in the journal for the next start, the demo server stops.
    UnixSignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &UnixSignalWatcher::received, &window, [&window] {
        window.setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
        window.setPendingCloseHandler([](QWidget *, int) { return MainWindow::PendingCloseChoice::Keep; });
        window.close();
        QApplication::quit();
    });
    window.show();
    if (options.demo)
        window.openDemo();
    else if (!options.profile.isEmpty())
        window.connectProfile(options.profile);
    else if (!profiles.lastUsed().isEmpty())
        window.connectProfile(profiles.lastUsed());
    return app.exec();
}
