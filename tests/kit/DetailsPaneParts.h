#pragma once

// The parts of the DetailsPane (the selected subscription's editor) that tests drive and check,
// found as they are on screen (see kit/Parts.h).

#include "kit/Parts.h"
#include "ui/DetailsPane.h"
#include "ui/EventChecklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace DetailsPaneParts {

using Parts::part;

inline QLineEdit *urlEdit(const DetailsPane &pane)
{
    return part<QLineEdit>(pane, QStringLiteral("detailsUrl"));
}

inline QPlainTextEdit *descriptionEdit(const DetailsPane &pane)
{
    return part<QPlainTextEdit>(pane, QStringLiteral("detailsDescription"));
}

inline EventChecklist *eventsList(const DetailsPane &pane)
{
    return part<EventChecklist>(pane, QStringLiteral("detailsEvents"));
}

inline QPushButton *saveButton(const DetailsPane &pane)
{
    return part<QPushButton>(pane, QStringLiteral("detailsSaveButton"));
}

// "Replace events…": offered while the server does not report the events.
inline QPushButton *replaceEventsButton(const DetailsPane &pane)
{
    return part<QPushButton>(pane, QStringLiteral("detailsReplaceEventsButton"));
}

// Says that the server does not report the events.
inline QLabel *eventsNote(const DetailsPane &pane)
{
    return part<QLabel>(pane, QStringLiteral("detailsEventsNote"));
}

// The error shown next to a field ("url", "description" or "events"); empty while none is.
inline QString fieldError(const DetailsPane &pane, const QString &field)
{
    QString name;
    if (field == QLatin1String("url"))
        name = QStringLiteral("detailsUrlError");
    else if (field == QLatin1String("description"))
        name = QStringLiteral("detailsDescriptionError");
    else if (field == QLatin1String("events"))
        name = QStringLiteral("detailsEventsError");
    else
        qFatal("DetailsPaneParts: no field \"%s\"", qPrintable(field));
    const QLabel *label = part<QLabel>(pane, name);
    return label->isVisibleTo(&pane) ? label->text() : QString();
}

// The line under the editor: loading, saving, saved, or why not.
inline QString statusText(const DetailsPane &pane)
{
    return part<QLabel>(pane, QStringLiteral("detailsStatus"))->text();
}

}  // namespace DetailsPaneParts
