#pragma once

#include <QMenu>

// Chooses the language of the console: the system's or one it is translated into. The composition
// root installs the language from this setting before any window exists, so a choice applies at
// the next start (the widgets do not retranslate live).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(const QString &title, QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(const QString &choice);
};
