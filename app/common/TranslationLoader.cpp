#include "common/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const auto kCatalogue = QStringLiteral("webhook-console");
}

TranslationLoader::TranslationLoader(QObject *parent)
    : TranslationLoader(QStringLiteral(":/i18n"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), parent)
{ }

TranslationLoader::TranslationLoader(QString appTranslationsDir, QString qtTranslationsDir, QObject *parent)
    : QObject(parent)
    , m_appDir(std::move(appTranslationsDir))
    , m_qtDir(std::move(qtTranslationsDir))
{ }

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString TranslationLoader::systemChoice()
{
    return QStringLiteral("system");
}

QString TranslationLoader::resolve(const QString &choice, const QLocale &systemLocale)
{
    const QStringList supported = supportedLanguages();
    const QString wanted = choice.trimmed().toLower();
    if (supported.contains(wanted))
        return wanted;
    // uiLanguages() lists the user's preference order ("de-DE", "de", ...; LANGUAGE on Unix).
    const QStringList uiLanguages = systemLocale.uiLanguages();
    for (const QString &tag : uiLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supported.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString TranslationLoader::displayName(const QString &choice)
{
    if (choice == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (choice == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System language");
}

bool TranslationLoader::apply(const QString &choice, const QLocale &systemLocale)
{
    const QString language = resolve(choice, systemLocale);
    removeInstalled();
    m_error.clear();

    // Formats follow the language, in the user's own region (German in Austria: de_AT). Never the
    // system locale object itself: on Unix its name comes from LANGUAGE but its day and month names
    // from LC_TIME/LANG, so LANGUAGE=de with LANG=C.UTF-8 wrote "Monday" in a German window.
    const QLocale::Language lang = language == QLatin1String("de") ? QLocale::German : QLocale::English;
    QLocale::setDefault(QLocale(lang, systemLocale.territory()));

    bool ok = true;
    auto app = std::make_unique<QTranslator>();
    if (app->load(kCatalogue + QLatin1Char('_') + language, m_appDir)) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        ok = false;
        m_error = tr("The translation for \"%1\" is missing; the texts stay in English.").arg(language);
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, m_qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }

    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        emit languageChanged(m_language);
    return ok;
}

void TranslationLoader::removeInstalled()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}
