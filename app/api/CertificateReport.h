#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QDateTime;
class QSslCertificate;
class QSslError;

// Describes a rejected server certificate in plain words for people: what is wrong with it, and
// the details needed to judge it (subject, issuer, validity dates, SHA-256 fingerprint). Used for
// TLS errors, which are never ignored: the user sees this text and the request fails.
class CertificateReport
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReport)

public:
    // The whole report: one line per problem, then the certificate's details.
    static QString describe(const QList<QSslError> &errors, const QSslCertificate &certificate);
    // "Subject: ...\nIssuer: ...\nValid from: ...\nValid until: ...\nSHA-256 fingerprint: ..."
    static QString details(const QSslCertificate &certificate);
    // One certificate problem in plain words.
    static QString problem(const QSslError &error);
    // "AB:CD:..." (upper-case hex, colon-separated), as browsers and `openssl x509 -fingerprint` show it.
    static QString sha256Fingerprint(const QSslCertificate &certificate);
    // "CN=example.com, O=Example Ltd" from the certificate's subject or issuer attributes.
    static QString subject(const QSslCertificate &certificate);
    static QString issuer(const QSslCertificate &certificate);

private:
    static QString distinguishedName(const QSslCertificate &certificate, bool issuer);
    static QString utc(const QDateTime &when);
};
