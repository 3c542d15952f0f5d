#pragma once

#include <QString>

#include <optional>

class Clock;
class CredentialStore;
class ProfileStore;
class QClipboard;
class QNetworkAccessManager;
class QSettings;
class TranslationLoader;

// Everything the console's windows need from outside, handed in by the composition root
// (app/entrypoints/webhook-console.cpp) or by a test. Nothing here is owned by the windows.
struct ConsoleServices
{
    Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr;
    ProfileStore *profiles = nullptr;
    CredentialStore *keychain = nullptr;  // the OS keychain (QtKeychain)
    CredentialStore *sessionKeys = nullptr;  // memory only: "use for this session only"
    QSettings *settings = nullptr;  // window geometry, splitter, header state, the language
    // Installs the language chosen in View > Language at once; null: the choice applies at the
    // next start.
    TranslationLoader *translations = nullptr;
    QClipboard *clipboard = nullptr;
    QString sandboxExecutable;  // for the local demo; empty: not available
    std::optional<qint64> rateWindowMs;  // --rate-window: compressed window for client and demo
    int clipboardClearMs = 60'000;
    // Where each connection's journal of pending writes lives (JournalLocation::directory() in the
    // program, a temporary folder in tests). Empty: no journal, so every write is refused.
    QString journalDirectory;
};
