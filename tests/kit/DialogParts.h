#pragma once

// The parts of the console's dialogs that tests drive and check, found as they are on screen (see
// kit/Parts.h). Overloaded by the dialog's type, so one `using namespace DialogParts` serves all.

#include "kit/Parts.h"
#include "ui/PendingWritesDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace DialogParts {

using Parts::part;

// --- PendingWritesDialog: the start prompt about unconfirmed writes ---

inline QTableWidget *table(const PendingWritesDialog &d)
{
    return part<QTableWidget>(d, QStringLiteral("pendingWritesTable"));
}

inline QPushButton *resumeButton(const PendingWritesDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("resumeButton"));
}

inline QPushButton *discardButton(const PendingWritesDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("discardButton"));
}

inline QPushButton *laterButton(const PendingWritesDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("laterButton"));
}

inline QPushButton *sendAgainButton(const PendingWritesDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("sendAgainButton"));
}

inline QPushButton *forgetButton(const PendingWritesDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("forgetButton"));
}

// Why Resume and Discard are held back; hidden while they are not.
inline QLabel *busyNote(const PendingWritesDialog &d)
{
    return part<QLabel>(d, QStringLiteral("busyNote"));
}

}  // namespace DialogParts
