#pragma once

// The parts of the console's dialogs that tests drive and check, found as they are on screen (see
// kit/Parts.h). Overloaded by the dialog's type, so one `using namespace DialogParts` serves all.

#include "kit/Parts.h"
#include "ui/EventChecklist.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
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

// --- NewSubscriptionDialog: the form, then the result page with the secret shown once ---

inline QLineEdit *urlEdit(const NewSubscriptionDialog &d)
{
    return part<QLineEdit>(d, QStringLiteral("newSubscriptionUrl"));
}

inline QPlainTextEdit *descriptionEdit(const NewSubscriptionDialog &d)
{
    return part<QPlainTextEdit>(d, QStringLiteral("newSubscriptionDescription"));
}

inline EventChecklist *eventsList(const NewSubscriptionDialog &d)
{
    return part<EventChecklist>(d, QStringLiteral("newSubscriptionEvents"));
}

inline QPushButton *createButton(const NewSubscriptionDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("newSubscriptionCreateButton"));
}

// What the form says under its fields: "Creating…", or why nothing was created.
inline QString errorText(const NewSubscriptionDialog &d)
{
    return part<QLabel>(d, QStringLiteral("newSubscriptionError"))->text();
}

// The error under a field ("url" or "description"), empty while none is shown.
inline QString fieldErrorText(const NewSubscriptionDialog &d, const QString &field)
{
    const auto *label = part<QLabel>(d,
                                     field == QLatin1String("url") ? QStringLiteral("newSubscriptionUrlError")
                                                                   : QStringLiteral("newSubscriptionDescriptionError"));
    return label->isVisibleTo(&d) ? label->text() : QString();
}

inline QLabel *descriptionCount(const NewSubscriptionDialog &d)
{
    return part<QLabel>(d, QStringLiteral("newSubscriptionDescriptionCount"));
}

inline bool isNoEventsNoteShown(const NewSubscriptionDialog &d)
{
    return part<QLabel>(d, QStringLiteral("newSubscriptionNoEventsNote"))->isVisibleTo(&d);
}

inline QLineEdit *secretEdit(const NewSubscriptionDialog &d)
{
    return part<QLineEdit>(d, QStringLiteral("newSubscriptionSecret"));
}

// The result page is shown, with a secret on it.
inline bool isSecretShown(const NewSubscriptionDialog &d)
{
    const QWidget *page = part<QStackedWidget>(d, QStringLiteral("newSubscriptionPages"))->currentWidget();
    const QLineEdit *secret = secretEdit(d);
    return page && page->isAncestorOf(secret) && !secret->text().isEmpty();
}

inline QPushButton *copyButton(const NewSubscriptionDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("newSubscriptionCopyButton"));
}

inline QPushButton *retryEventsButton(const NewSubscriptionDialog &d)
{
    return part<QPushButton>(d, QStringLiteral("newSubscriptionRetryEventsButton"));
}

// --- ProfilesDialog: the profile editor Edit opens (window-modal, deleted when closed) ---

// Null while none is open.
inline QDialog *editor(const ProfilesDialog &d)
{
    return d.findChild<QDialog *>(QStringLiteral("profileEditor"));
}

// The open editor's form; null while none is open.
inline ProfileForm *editorForm(const ProfilesDialog &d)
{
    const QDialog *open = editor(d);
    return open ? part<ProfileForm>(*open, QStringLiteral("profileEditorForm")) : nullptr;
}

}  // namespace DialogParts
