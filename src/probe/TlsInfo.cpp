#include "TlsInfo.h"

#include <QSslCipher>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QList<std::pair<QSslCertificate::SubjectInfo, QString>> parts = {
        {QSslCertificate::CommonName, u"CN"_s},
        {QSslCertificate::Organization, u"O"_s},
        {QSslCertificate::OrganizationalUnitName, u"OU"_s},
        {QSslCertificate::CountryName, u"C"_s},
    };
    QStringList names;
    for (const auto &[info, label] : parts) {
        const QStringList values =
            issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        for (const auto &value : values)
            names.append(label + u'=' + value);
    }
    return names.join(u", ");
}
} // namespace

bool TlsInfo::hasDateError() const
{
    return errors.contains(QSslError::CertificateExpired) ||
           errors.contains(QSslError::CertificateNotYetValid);
}

bool TlsInfo::chainTrusted() const
{
    for (const auto error : errors) {
        if (error != QSslError::HostNameMismatch && error != QSslError::CertificateExpired &&
            error != QSslError::CertificateNotYetValid)
            return false;
    }
    return true;
}

TlsInfo TlsInfo::capture(const QSslSocket &socket, const QList<QSslError> &sslErrors)
{
    TlsInfo info;
    info.attempted = true;
    info.established = socket.isEncrypted();
    info.protocol = protocolName(socket.sessionProtocol());
    info.cipher = socket.sessionCipher().name();
    const QSslCertificate leaf = socket.peerCertificate();
    if (!leaf.isNull()) {
        info.subject = distinguishedName(leaf, false);
        info.issuer = distinguishedName(leaf, true);
        const auto names = leaf.subjectAlternativeNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
                info.alternativeNames.append(it.value());
        }
        info.notBefore = leaf.effectiveDate().toUTC();
        info.notAfter = leaf.expiryDate().toUTC();
    }
    for (const auto &error : sslErrors) {
        if (info.errors.contains(error.error()))
            continue;
        info.errors.append(error.error());
        info.errorMessages.append(error.errorString());
    }
    return info;
}

QString TlsInfo::protocolName(int sessionProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sessionProtocol)) {
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    case QSsl::UnknownProtocol:
        return {};
    default:
        break;
    }
    //: %1 is Qt's numeric protocol code
    return tr("older protocol (%1)").arg(sessionProtocol);
}

QString TlsInfo::errorId(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return u"hostname-mismatch"_s;
    case QSslError::CertificateExpired:
        return u"expired"_s;
    case QSslError::CertificateNotYetValid:
        return u"not-yet-valid"_s;
    case QSslError::SelfSignedCertificate:
        return u"self-signed"_s;
    case QSslError::SelfSignedCertificateInChain:
        return u"self-signed-in-chain"_s;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return u"unknown-issuer"_s;
    case QSslError::UnableToVerifyFirstCertificate:
        return u"incomplete-chain"_s;
    case QSslError::CertificateRevoked:
        return u"revoked"_s;
    case QSslError::CertificateSignatureFailed:
        return u"bad-signature"_s;
    case QSslError::InvalidPurpose:
        return u"invalid-purpose"_s;
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return u"untrusted"_s;
    default:
        break;
    }
    return u"other"_s;
}
