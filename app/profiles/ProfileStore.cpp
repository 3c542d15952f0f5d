#include "profiles/ProfileStore.h"

#include "common/Duration.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

const QString kProfiles = QStringLiteral("profiles");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kRateWindow = QStringLiteral("rateWindow");
const QString kRateLimits = QStringLiteral("rateLimits");
const QString kAllowInsecureHttp = QStringLiteral("allowInsecureHttp");
const QString kLastProfile = QStringLiteral("lastProfile");

}  // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_owned(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("webhook-console"),
                                          QStringLiteral("profiles")))
    , m_settings(m_owned.get())
{ }

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_owned(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(m_owned.get())
{ }

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QString ProfileStore::groupOf(const QString &name)
{
    return kProfiles + u'/' + name;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kProfiles);
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    QString ignored;
    return validateName(name, &ignored) && names().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings->beginGroup(groupOf(name));
    p.baseUrl = QUrl(m_settings->value(kBaseUrl).toString());
    const QString window = m_settings->value(kRateWindow).toString();
    p.rateWindowMs = window.isEmpty() ? 0 : Duration::parseMs(window).value_or(0);
    p.rateLimitSpecs = m_settings->value(kRateLimits).toStringList();
    p.allowInsecureHttp = m_settings->value(kAllowInsecureHttp, false).toBool();
    m_settings->endGroup();
    return p;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (!validateName(profile.name, error) || !validateBaseUrl(profile.baseUrl, error)
        || !validateRateLimits(profile, error)) {
        return false;
    }
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(kBaseUrl, profile.baseUrl.toString());
    if (profile.rateWindowMs > 0)
        m_settings->setValue(kRateWindow, Duration::format(profile.rateWindowMs));
    if (!profile.rateLimitSpecs.isEmpty())
        m_settings->setValue(kRateLimits, profile.rateLimitSpecs);
    m_settings->setValue(kAllowInsecureHttp, profile.allowInsecureHttp);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The profile could not be saved to %1.").arg(m_settings->fileName());
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(groupOf(name));
    if (m_settings->value(kLastProfile).toString() == name)
        m_settings->remove(kLastProfile);
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(kLastProfile).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastProfile);
    else
        m_settings->setValue(kLastProfile, name);
    m_settings->sync();
}

bool ProfileStore::validateName(const QString &name, QString *error)
{
    // Letters, digits, space, dot, dash and underscore: safe as a settings group and a keychain key.
    static const QRegularExpression pattern(
        QStringLiteral("^[\\p{L}\\p{N}](?:[\\p{L}\\p{N} ._-]{0,62}[\\p{L}\\p{N}._-])?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (name.isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    if (!pattern.match(name).hasMatch()) {
        if (error)
            *error = tr("The profile name \"%1\" is not allowed. Use 1 to 64 letters, digits, spaces, "
                        "dots, dashes or underscores, starting with a letter or digit and not ending "
                        "with a space.")
                         .arg(name);
        return false;
    }
    return true;
}

bool ProfileStore::validateBaseUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (url.isEmpty())
        return fail(tr("A profile needs a base URL, for example https://api.example.com."));
    const QString shown = url.toDisplayString();
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid URL.").arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return fail(tr("The base URL \"%1\" must start with https:// (or http://).").arg(shown));
    if (url.host().isEmpty())
        return fail(tr("The base URL \"%1\" has no host name.").arg(shown));
    if (!url.userInfo().isEmpty())
        return fail(tr("The base URL must not contain a user name or password: the API key is kept "
                       "in the keychain instead."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The base URL \"%1\" must not have a query (?...) or fragment (#...).").arg(shown));
    return true;
}

QUrl ProfileStore::parseBaseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || trimmed.isEmpty()) {
        if (error)
            *error = trimmed.isEmpty() ? tr("A profile needs a base URL, for example https://api.example.com.")
                                       : tr("\"%1\" is not a valid URL.").arg(trimmed);
        return {};
    }
    if (!validateBaseUrl(url, error))
        return {};
    // One canonical form: no trailing slash, so that the API paths are appended uniformly.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool ProfileStore::validateRateLimits(const Profile &profile, QString *error)
{
    if (profile.rateWindowMs < 0) {
        if (error)
            *error = tr("The rate window must be a positive duration such as 250ms, 6s or 1m.");
        return false;
    }
    RateLimitPolicy scratch;
    for (const QString &spec : profile.rateLimitSpecs) {
        if (!scratch.addOverride(spec, error))
            return false;
    }
    return true;
}

bool ProfileStore::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ProfileStore::needsInsecureConsent(const QUrl &url)
{
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 && !isLoopback(url);
}
