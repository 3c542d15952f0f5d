#include "cli/ProfileCommands.h"

#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/TextTable.h"
#include "common/Duration.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

void ProfileCommands::start(const QString &command, const QStringList &arguments)
{
    if (command == u"add")
        add(arguments.value(0));
    else if (command == u"list")
        list();
    else
        remove(arguments.value(0));
}

void ProfileCommands::add(const QString &name)
{
    QString error;
    if (!ProfileStore::validateName(name, &error))
        return fail(error, ExitCode::Usage);
    if (!m_parser.isSet(QStringLiteral("base-url")))
        return fail(tr("profile add needs --base-url URL."), ExitCode::Usage);
    Profile profile;
    profile.name = name;
    profile.baseUrl = ProfileStore::parseBaseUrl(m_parser.value(QStringLiteral("base-url")), &error);
    if (profile.baseUrl.isEmpty())
        return fail(error, ExitCode::Usage);
    profile.allowInsecureHttp = m_parser.isSet(QStringLiteral("allow-insecure-http"));
    if (ProfileStore::needsInsecureConsent(profile.baseUrl) && !profile.allowInsecureHttp) {
        return fail(tr("%1 uses plain http:// to another computer, so the API key would travel "
                       "unencrypted. Use https://, or add --allow-insecure-http to agree (remembered "
                       "for this profile).")
                        .arg(profile.baseUrl.toDisplayString()),
                    ExitCode::Usage);
    }
    if (m_parser.isSet(QStringLiteral("rate-window"))) {
        const auto window = Duration::parseMs(m_parser.value(QStringLiteral("rate-window")));
        if (!window)
            return fail(tr("--rate-window needs a duration such as 250ms, 6s or 1m."), ExitCode::Usage);
        profile.rateWindowMs = *window;
    }
    profile.rateLimitSpecs = m_parser.values(QStringLiteral("rate-limit"));
    if (!ProfileStore::validateRateLimits(profile, &error))
        return fail(error, ExitCode::Usage);

    QByteArray key;
    if (m_parser.isSet(QStringLiteral("api-key-stdin")))
        key = m_io.readSecretLine(tr("API key: ")).trimmed();
    else
        key = m_services.environment.value(QStringLiteral("WEBHOOK_API_KEY")).toUtf8().trimmed();
    if (key.isEmpty()) {
        return fail(tr("profile add needs the API key on standard input with --api-key-stdin (or in "
                       "WEBHOOK_API_KEY); it is never accepted as an argument."),
                    ExitCode::Credentials);
    }
    const bool replacing = m_services.profiles->contains(name);
    m_services.credentials->writeKey(name, key, this, [this, profile, replacing](const KeychainResult &result) {
        if (!result.ok())
            return fail(result.message + u' ' + tr("The profile was not saved.") + result.detailLine(),
                        ExitCode::Credentials);
        QString saveError;
        if (!m_services.profiles->save(profile, &saveError)) {
            // Keep the keychain and the settings consistent: no orphaned key.
            m_services.credentials->removeKey(
                profile.name, this, [this, saveError](const KeychainResult &) { fail(saveError, ExitCode::Failed); });
            return;
        }
        m_services.profiles->setLastUsed(profile.name);
        m_io.out() << (replacing ? tr("Updated profile \"%1\" (%2); its API key is in the keychain.")
                                 : tr("Added profile \"%1\" (%2); its API key is in the keychain."))
                          .arg(profile.name, profile.baseUrl.toDisplayString())
                   << '\n';
        finish(ExitCode::Ok);
    });
}

void ProfileCommands::list()
{
    ProfileStore *store = m_services.profiles;
    const QStringList names = store->names();
    const QString last = store->lastUsed();
    if (jsonOutput()) {
        QJsonArray array;
        for (const QString &name : names) {
            const auto p = store->profile(name);
            if (!p)
                continue;
            array.append(QJsonObject{
                {QStringLiteral("name"), p->name},
                {QStringLiteral("base_url"), p->baseUrl.toString()},
                {QStringLiteral("rate_window"),
                 p->rateWindowMs > 0 ? QJsonValue(Duration::format(p->rateWindowMs)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("rate_limits"), QJsonArray::fromStringList(p->rateLimitSpecs)},
                {QStringLiteral("allow_insecure_http"), p->allowInsecureHttp},
                {QStringLiteral("default"), name == last},
            });
        }
        m_io.out() << JsonOutput::toText(array);
        return finish(ExitCode::Ok);
    }
    if (names.isEmpty()) {
        m_io.out() << tr("No profiles. Add one with: webhookctl profile add NAME --base-url URL --api-key-stdin")
                   << '\n';
        return finish(ExitCode::Ok);
    }
    TextTable table({tr("DEFAULT"), tr("NAME"), tr("BASE URL"), tr("RATE LIMITS")});
    for (const QString &name : names) {
        const auto p = store->profile(name);
        if (!p)
            continue;
        QStringList limits;
        if (p->rateWindowMs > 0)
            limits << tr("window %1").arg(Duration::format(p->rateWindowMs));
        limits += p->rateLimitSpecs;
        table.addRow({name == last ? QStringLiteral("*") : QString(), name, p->baseUrl.toDisplayString(),
                      limits.isEmpty() ? tr("documented") : limits.join(QStringLiteral("; "))});
    }
    m_io.out() << table.render();
    finish(ExitCode::Ok);
}

void ProfileCommands::remove(const QString &name)
{
    if (!m_services.profiles->contains(name)) {
        const QStringList known = m_services.profiles->names();
        return fail(
            known.isEmpty()
                ? tr("There is no profile named \"%1\".").arg(name)
                : tr("There is no profile named \"%1\". Profiles: %2.").arg(name, known.join(QStringLiteral(", "))),
            ExitCode::Credentials);
    }
    m_services.credentials->removeKey(name, this, [this, name](const KeychainResult &result) {
        if (!result.ok() && result.status != KeychainResult::Status::NotFound) {
            // Leave everything as it was, so the user can retry once the keychain is back.
            return fail(result.message + u' ' + tr("The profile \"%1\" was kept.").arg(name) + result.detailLine(),
                        ExitCode::Credentials);
        }
        m_services.profiles->remove(name);
        m_io.out() << tr("Removed profile \"%1\" and its API key.").arg(name) << '\n';
        finish(ExitCode::Ok);
    });
}
