#include "ui/SearchField.h"

#include <QEvent>

#include <QAction>
#include <QIcon>
#include <QToolButton>

SearchField::SearchField(const QString &placeholder, const QString &accessibleName, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setAccessibleName(accessibleName);
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    setClearButtonEnabled(true);
    nameClearButton();
}

void SearchField::nameClearButton()
{
    // The clear button is a tool button Qt makes for its clear action (a child, not in actions());
    // neither has a name.
    auto *clearAction = findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clearAction)
        return;
    const QString clear = tr("Clear search");
    clearAction->setText(clear);
    clearAction->setToolTip(clear);
    for (QToolButton *button : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction() == clearAction)
            button->setAccessibleName(clear);
    }
}

void SearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        nameClearButton();
    QLineEdit::changeEvent(event);
}
