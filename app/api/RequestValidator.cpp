#include "api/RequestValidator.h"

#include "common/UnicodeText.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RequestValidator", text);
}
}  // namespace

void RequestValidator::setKnownEventTypes(const QStringList &types)
{
    m_known = QSet<QString>(types.cbegin(), types.cend());
}

QStringList RequestValidator::knownEventTypes() const
{
    QStringList list(m_known.cbegin(), m_known.cend());
    list.sort();
    return list;
}

std::optional<QString> RequestValidator::checkUrl(const QString &url)
{
    if (url.isEmpty())
        return tr("Enter the endpoint's address, e.g. https://example.com/hooks.");
    if (UnicodeText::hasLoneSurrogate(url))
        return tr("The address holds a broken character (a lone UTF-16 surrogate).");
    if (const qsizetype length = UnicodeText::codePoints(url); length > MaxUrlLength)
        return tr("The address is %1 characters long; at most %2 are allowed.").arg(length).arg(MaxUrlLength);
    if (url.trimmed() != url || url.contains(u' '))
        return tr("The address must not contain spaces.");
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.isRelative())
        return tr("The address must be a complete URL starting with https:// or http://.");
    if (scheme != u"https" && scheme != u"http")
        return tr("The address must start with https:// or http:// (not %1:).").arg(parsed.scheme());
    if (parsed.host().isEmpty())
        return tr("The address has no host name.");
    return std::nullopt;
}

std::optional<QString> RequestValidator::checkDescription(const QString &description)
{
    if (UnicodeText::hasLoneSurrogate(description))
        return tr("The description holds a broken character (a lone UTF-16 surrogate).");
    // Counted as the server counts: an emoji is one character.
    if (const qsizetype length = UnicodeText::codePoints(description); length > MaxDescriptionLength)
        return tr("The description is %1 characters long; at most %2 are allowed.")
            .arg(length)
            .arg(MaxDescriptionLength);
    return std::nullopt;
}

std::optional<QString> RequestValidator::checkEvents(const QStringList &events) const
{
    QStringList unknown;
    for (const auto &e : events) {
        if (e.trimmed().isEmpty())
            return tr("An event type name is empty.");
        if (UnicodeText::hasLoneSurrogate(e) || UnicodeText::codePoints(e) > 255)
            return tr("An event type name is longer than 255 characters.");
        if (!m_known.isEmpty() && !m_known.contains(e))
            unknown << e;
    }
    if (!unknown.isEmpty())
        return tr("Unknown event type(s): %1. Known types: %2.")
            .arg(unknown.join(QStringLiteral(", ")), knownEventTypes().join(QStringLiteral(", ")));
    return std::nullopt;
}

ApiError RequestValidator::validateDraft(const SubscriptionDraft &draft) const
{
    QMap<QString, QString> errors;
    if (auto e = checkUrl(draft.url))
        errors.insert(QStringLiteral("url"), *e);
    if (draft.description && !draft.description->isNull()) {
        if (auto e = checkDescription(*draft.description))
            errors.insert(QStringLiteral("description"), *e);
    }
    if (draft.events) {
        if (auto e = checkEvents(*draft.events))
            errors.insert(QStringLiteral("events"), *e);
    }
    return errors.isEmpty() ? ApiError() : ApiError::invalidInput(errors);
}

ApiError RequestValidator::validatePatch(const SubscriptionPatch &patch) const
{
    QMap<QString, QString> errors;
    if (patch.isEmpty())
        errors.insert(QStringLiteral("body"), tr("Nothing to change."));
    if (patch.url) {
        // The documented PATCH accepts null for url, but a subscription without an address makes no sense.
        if (patch.url->isNull())
            errors.insert(QStringLiteral("url"), tr("The address cannot be removed."));
        else if (auto e = checkUrl(*patch.url))
            errors.insert(QStringLiteral("url"), *e);
    }
    if (patch.description && !patch.description->isNull()) {
        if (auto e = checkDescription(*patch.description))
            errors.insert(QStringLiteral("description"), *e);
    }
    if (patch.events) {
        if (auto e = checkEvents(*patch.events))
            errors.insert(QStringLiteral("events"), *e);
    }
    return errors.isEmpty() ? ApiError() : ApiError::invalidInput(errors);
}
