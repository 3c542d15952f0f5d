#pragma once

#include "cli/CommandGroup.h"
#include "profiles/Profile.h"

// profile add NAME --base-url URL --api-key-stdin, profile list, profile remove NAME.
// The key goes to the keychain first; the profile is saved only when that worked, so with no
// keychain available nothing at all is stored. remove deletes the keychain entry, then the profile.
class ProfileCommands final : public CommandGroup
{
    Q_OBJECT
public:
    using CommandGroup::CommandGroup;

    void start(const QString &command, const QStringList &arguments) override;

private:
    void add(const QString &name);
    void list();
    void remove(const QString &name);
};
