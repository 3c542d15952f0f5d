#pragma once

#include <QMenu>

class QSettings;
class TranslationLoader;

// Chooses the language of the console: the system's or one it is translated into. The choice is
// saved in settings, which the composition root reads at start, and installed at once by the
// loader: every widget retranslates itself on the QEvent::LanguageChange that installing sends.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    // settings or translations may be null: the choice is then not saved, or not installed now.
    LanguageMenu(QSettings *settings, TranslationLoader *translations, QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(const QString &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSettings *m_settings;
    TranslationLoader *m_translations;
};
