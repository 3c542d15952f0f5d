#include "api/CertificateReport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

#include <algorithm>
#include <iterator>

// Attributes in the order people read a distinguished name, most specific first.
QString CertificateReport::distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QByteArray order[] = {"CN", "OU", "O", "L", "ST", "C", "emailAddress"};
    const QList<QByteArray> present = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    auto add = [&](const QByteArray &attribute) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    };
    for (const QByteArray &attribute : order) {
        if (present.contains(attribute))
            add(attribute);
    }
    for (const QByteArray &attribute : present) {
        if (!std::any_of(std::begin(order), std::end(order), [&](const QByteArray &o) { return o == attribute; }))
            add(attribute);
    }
    return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral(", "));
}

QString CertificateReport::utc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : tr("(unknown)");
}

QString CertificateReport::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateReport::subject(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString CertificateReport::issuer(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

QString CertificateReport::details(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server sent no certificate.");
    QStringList lines;
    lines << tr("Subject: %1").arg(subject(certificate));
    lines << tr("Issuer: %1").arg(issuer(certificate));
    lines << tr("Valid from: %1").arg(utc(certificate.effectiveDate()));
    lines << tr("Valid until: %1").arg(utc(certificate.expiryDate()));
    lines << tr("SHA-256 fingerprint: %1").arg(sha256Fingerprint(certificate));
    return lines.join(u'\n');
}

QString CertificateReport::problem(const QSslError &error)
{
    const QSslCertificate &c = error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return tr("The certificate is self-signed: no authority this computer trusts vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("The certificate was issued by an authority this computer does not trust.");
    case QSslError::HostNameMismatch:
        return tr("The certificate was issued for another server name, not for the address you connect to.");
    case QSslError::CertificateExpired:
        return tr("The certificate expired on %1.").arg(utc(c.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is only valid from %1.").arg(utc(c.effectiveDate()));
    case QSslError::CertificateRevoked:
        return tr("The certificate was revoked by its issuer.");
    case QSslError::CertificateBlacklisted:
        return tr("The certificate is on a list of certificates that must never be trusted.");
    default:
        return error.errorString();
    }
}

QString CertificateReport::describe(const QList<QSslError> &errors, const QSslCertificate &certificate)
{
    QStringList lines;
    for (const QSslError &e : errors) {
        const QString text = problem(e);
        if (!lines.contains(text))
            lines << text;
    }
    lines << details(certificate);
    return lines.join(u'\n');
}
