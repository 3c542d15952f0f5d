#include "ui/LanguageMenu.h"

#include "common/TranslationLoader.h"

#include <QActionGroup>
#include <QSettings>

namespace {
// The settings the composition root reads the language from.
QSettings consoleSettings()
{
    return QSettings(QStringLiteral("webhook-console"), QStringLiteral("console"));
}
}  // namespace

LanguageMenu::LanguageMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    auto *languages = new QActionGroup(this);
    const QString languageKey = QStringLiteral("language");
    const QString current = consoleSettings().value(languageKey, TranslationLoader::systemChoice()).toString();
    QStringList choices{TranslationLoader::systemChoice()};
    choices += TranslationLoader::supportedLanguages();
    for (const QString &choice : std::as_const(choices)) {
        QAction *a = addAction(TranslationLoader::displayName(choice));
        a->setObjectName(QStringLiteral("actionLanguage_") + choice);
        a->setCheckable(true);
        a->setChecked(choice == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice, languageKey] {
            consoleSettings().setValue(languageKey, choice);
            Q_EMIT languageChosen(choice);
        });
    }
}
