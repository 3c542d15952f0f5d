#pragma once

// Everything a test or benchmark gives MainWindow, owned in one place: a temporary directory for
// the profiles, the window settings and the journal; in-memory credential stores; the system
// clock and one QNetworkAccessManager; the real sandbox program for --demo.

#include "kit/SandboxProcess.h"
#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "common/RateLimitPolicy.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleSession.h"

#include <QApplication>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class ConsoleTestServices
{
public:
    ConsoleTestServices()
        : profiles(dir.filePath(QStringLiteral("profiles.ini")))
        , settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat)
    { }

    // rateWindowMs: the compressed rate window of the console's queue (nullopt: the documented one).
    ConsoleServices services(std::optional<qint64> rateWindowMs = std::nullopt)
    {
        ConsoleServices s;
        s.clock = &clock;
        s.network = &network;
        s.profiles = &profiles;
        s.keychain = &keychain;
        s.sessionKeys = &sessionKeys;
        s.settings = &settings;
        s.clipboard = QApplication::clipboard();
        s.sandboxExecutable = SandboxProcess::executable();
        s.rateWindowMs = rateWindowMs;
        s.journalDirectory = dir.filePath(QStringLiteral("journal"));
        return s;
    }

    // The test's own connection to the server (for seeding and checking), with the documented
    // limits over a window of windowMs; null if it could not be opened.
    std::unique_ptr<ConsoleSession> helperSession(const QUrl &baseUrl, const QByteArray &apiKey, qint64 windowMs)
    {
        RateLimitPolicy policy = RateLimitPolicy::documented();
        policy.setWindow(windowMs);
        auto session = std::make_unique<ConsoleSession>(&clock, &network, policy);
        if (!session->open(baseUrl, apiKey, false, nullptr))
            return nullptr;
        return session;
    }

    QTemporaryDir dir;  // first: the members below keep their files in it
    SystemClock clock;
    QNetworkAccessManager network;
    ProfileStore profiles;
    MemoryCredentialStore keychain;
    MemoryCredentialStore sessionKeys;
    QSettings settings;
};
