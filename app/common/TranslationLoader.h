#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Installs the translators of one user-interface language: the application's own (embedded by
// CMake under :/i18n, see translations/CMakeLists.txt) and Qt's (standard buttons and dialogs, from
// the Qt installation). A choice is "system" (follow the desktop's language list) or a language code
// of supportedLanguages(). English is loaded too, not just German: its file holds the plural forms.
// Each program's main() owns one loader and calls apply() before it creates any widget or text.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    // For tests and unusual layouts: where webhook-console_<lang>.qm and qtbase_<lang>.qm live.
    TranslationLoader(QString appTranslationsDir, QString qtTranslationsDir, QObject *parent = nullptr);
    ~TranslationLoader() override;

    // Language codes with a translation file, "en" first.
    static QStringList supportedLanguages();
    // The choice meaning "follow the system", as stored in settings.
    static QString systemChoice();
    // The language a choice stands for: itself when supported, for "system" (or "") the first
    // supported language in the locale's ui languages (so LANGUAGE=de:en works), else "en".
    static QString resolve(const QString &choice, const QLocale &systemLocale);
    // A name for a language selector: "English", "Deutsch" (each in its own language, so that a
    // user who cannot read the current language still finds theirs) or, for "system", a translated
    // "System language".
    static QString displayName(const QString &choice);

    // Replaces the translators this loader installed before with those for choice, and sets the
    // default QLocale to that language in the system's territory, so that dates and numbers follow
    // it. Returns false (and keeps the untranslated English text) when the application's file for
    // the language is missing; Qt's own file is optional (package qt6-translations-l10n).
    bool apply(const QString &choice, const QLocale &systemLocale = QLocale::system());

    QString language() const { return m_language; }
    QString errorString() const { return m_error; }

signals:
    void languageChanged(const QString &language);

private:
    void removeInstalled();

    QString m_appDir;
    QString m_qtDir;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    QString m_error;
};
