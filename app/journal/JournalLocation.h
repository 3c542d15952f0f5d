#pragma once

#include <QString>

// Where the journals live, shared by webhook-console and webhookctl so that both see the same
// pending writes of a profile: <generic data dir>/webhook-console/journal/<profile file>.
// (GenericDataLocation, not AppDataLocation: the two programs have different application names.)
namespace JournalLocation {

QString directory();
QString filePathForProfile(const QString &profileName);

} // namespace JournalLocation
