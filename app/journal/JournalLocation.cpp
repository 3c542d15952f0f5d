#include "journal/JournalLocation.h"

#include "journal/WriteJournal.h"

#include <QStandardPaths>

namespace JournalLocation {

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/webhook-console/journal");
}

QString filePathForProfile(const QString &profileName)
{
    return WriteJournal::filePathFor(directory(), profileName);
}

} // namespace JournalLocation
