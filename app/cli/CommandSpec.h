#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// One webhookctl command as data: its name, help and arguments, and which group runs it.
struct CommandSpec
{
    enum class Group { Subscriptions, Bulk, Deliveries, Profiles, Journal, Activity, Reissue, Check };

    QString name;  // "list", "profile add"
    QString synopsis;  // after "webhookctl "
    QString description;
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0;  // -1: any number
    Group group = Group::Subscriptions;
    bool journal = false;  // records its writes in (or works on) the pending-writes journal
    bool needsKey = true;  // talks to the server
    QString localOption = {};  // with this option given, the command reads local files only (no key)
};
