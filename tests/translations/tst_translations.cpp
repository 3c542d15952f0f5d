// The German translation is complete and the English file holds every plural form: checked on the
// committed .ts files, and on copies that lupdate has just refreshed from the sources, so that a
// string added to the code without a translation fails here (run scripts/update-translations.sh,
// translate, commit).
#include "translations/TsFile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef WEBHOOK_LUPDATE
#define WEBHOOK_LUPDATE ""
#endif

namespace {

QString tsPath(const QString &dir, const QString &lang)
{
    return dir + QStringLiteral("/webhook-console_") + lang + QStringLiteral(".ts");
}

// Place markers (%1..%99, %n) used in a text, as a sorted, de-duplicated list.
QStringList markers(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured(0);
        if (!found.contains(m))
            found.append(m);
    }
    found.sort();
    return found;
}

// Problems of one message in a language that must be complete; empty when it is fine.
QStringList problems(const TsMessage &m, int pluralForms, bool numerusOnly)
{
    QStringList out;
    const QString where = m.label() + QStringLiteral(" (") + m.location + QLatin1Char(')');
    if (m.type == QLatin1String("unfinished")) {
        out << QStringLiteral("unfinished: ") + where;
        return out;
    }
    if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
        out << QStringLiteral("left over (%1; run scripts/update-translations.sh): ").arg(m.type) + where;
        return out;
    }
    if (m.numerus) {
        if (m.forms.size() != pluralForms) {
            out << QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(pluralForms) + where;
            return out;
        }
        QStringList used;
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                out << QStringLiteral("empty plural form: ") + where;
            used += markers(form);
        }
        // A singular may spell the number out ("ein Versuch"), but %1.. must all be used somewhere.
        QStringList wanted = markers(m.source);
        wanted.removeAll(QStringLiteral("%n"));
        for (const QString &w : std::as_const(wanted))
            if (!used.contains(w))
                out << QStringLiteral("%1 missing in the plural forms: ").arg(w) + where;
        return out;
    }
    if (numerusOnly)
        return out;
    if (m.translation.trimmed().isEmpty()) {
        out << QStringLiteral("empty translation: ") + where;
        return out;
    }
    if (markers(m.translation) != markers(m.source))
        out << QStringLiteral("place markers differ (%1 vs %2): ")
                    .arg(markers(m.source).join(QLatin1Char(',')), markers(m.translation).join(QLatin1Char(',')))
                + where;
    return out;
}

void checkComplete(const QString &path, int pluralForms, bool numerusOnly)
{
    const TsFile ts = TsFile::read(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList all;
    for (const TsMessage &m : ts.messages)
        all += problems(m, pluralForms, numerusOnly);
    QVERIFY2(all.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s):\n  ").arg(path).arg(all.size())
                        + all.join(QStringLiteral("\n  "))));
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_source = QStringLiteral(WEBHOOK_SOURCE_DIR "/translations");
        QVERIFY(QFile::exists(tsPath(m_source, QStringLiteral("de"))));
        QVERIFY(QFile::exists(tsPath(m_source, QStringLiteral("en"))));
    }

    void committedGermanIsComplete()
    {
        const TsFile ts = TsFile::read(tsPath(m_source, QStringLiteral("de")));
        QVERIFY(ts.language.startsWith(QLatin1String("de")));
        QVERIFY(!ts.messages.isEmpty());
        checkComplete(tsPath(m_source, QStringLiteral("de")), 2, false);
    }

    void committedEnglishHasAllPluralForms()
    {
        const TsFile ts = TsFile::read(tsPath(m_source, QStringLiteral("en")));
        QVERIFY(ts.language.startsWith(QLatin1String("en")));
        for (const TsMessage &m : ts.messages)
            QVERIFY2(m.numerus, qPrintable(QStringLiteral("not a plural message: ") + m.label()));
        checkComplete(tsPath(m_source, QStringLiteral("en")), 2, true);
    }

    void everyStringOfTheSourcesIsTranslated()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess update;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (qstrlen(WEBHOOK_LUPDATE) > 0)
            env.insert(QStringLiteral("LUPDATE"), QStringLiteral(WEBHOOK_LUPDATE));
        update.setProcessEnvironment(env);
        update.setProcessChannelMode(QProcess::MergedChannels);
        update.start(QStringLiteral("bash"),
                     {QStringLiteral(WEBHOOK_SOURCE_DIR "/scripts/update-translations.sh"), QStringLiteral("--output"),
                      tmp.path()});
        QVERIFY2(update.waitForFinished(240000), "lupdate did not finish");
        const QByteArray output = update.readAll();
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0, output.constData());
        // New strings in the code show up here as unfinished: translate them in translations/.
        checkComplete(tsPath(tmp.path(), QStringLiteral("de")), 2, false);
        checkComplete(tsPath(tmp.path(), QStringLiteral("en")), 2, true);
    }

private:
    QString m_source;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
