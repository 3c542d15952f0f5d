#pragma once

#include "cli/CompletionCache.h"

#include <QProcessEnvironment>
#include <QString>

class ApiClient;
class Clock;
class CredentialStore;
class Connection;
class JournalRecorder;
class JournalUsers;
class ProfileStore;
class RequestQueue;

// What webhookctl's commands work with, created by the composition root (app/entrypoints/
// webhookctl.cpp) and passed in; nothing here is owned by the commands.
struct CliServices
{
    ApiClient *client = nullptr;
    RequestQueue *queue = nullptr;
    CredentialStore *credentials = nullptr;
    ProfileStore *profiles = nullptr;
    QProcessEnvironment environment;  // WEBHOOK_API_KEY is read from here
    const Clock *clock = nullptr;  // times in the journal
    // The connection `client` and `queue` belong to; CommandLine opens its journal.
    Connection *connection = nullptr;
    QString journalDirectory;  // JournalLocation::directory() (tests: a temporary one)
    // Where `list` leaves the ids that shell completion offers (tests: a temporary one).
    CompletionCache completionCache;
    // Set by CommandLine for the commands that write (the journal of the profile or server in use).
    JournalRecorder *journal = nullptr;
    JournalUsers *journalUsers = nullptr;  // this run's registration with that journal
    // Set by CommandLine: the profile in use when the server is that profile's own, else empty.
    QString profileName;
};
