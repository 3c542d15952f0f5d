#pragma once

#include <QProcessEnvironment>

class ApiClient;
class CredentialStore;
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
};
