#include "ui/LanguageMenu.h"

#include "common/TranslationLoader.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace {
// The key the composition root reads the language from.
const auto kLanguageKey = QStringLiteral("language");

QString actionName(const QString &choice)
{
    return QStringLiteral("actionLanguage_") + choice;
}
}  // namespace

LanguageMenu::LanguageMenu(QSettings *settings, TranslationLoader *translations, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_translations(translations)
{
    auto *languages = new QActionGroup(this);
    const QString current = m_settings ? m_settings->value(kLanguageKey, TranslationLoader::systemChoice()).toString()
                                       : TranslationLoader::systemChoice();
    QStringList choices{TranslationLoader::systemChoice()};
    choices += TranslationLoader::supportedLanguages();
    for (const QString &choice : std::as_const(choices)) {
        QAction *a = addAction(QString());
        a->setObjectName(actionName(choice));
        a->setCheckable(true);
        a->setChecked(choice == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] {
            if (m_settings)
                m_settings->setValue(kLanguageKey, choice);
            if (m_translations)
                m_translations->apply(choice);
            Q_EMIT languageChosen(choice);
        });
    }
    retranslate();
}

void LanguageMenu::retranslate()
{
    // Each language is named in itself; only "System language" follows the current one.
    const QList<QAction *> all = actions();
    for (QAction *a : all)
        a->setText(TranslationLoader::displayName(a->objectName().mid(actionName(QString()).size())));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
