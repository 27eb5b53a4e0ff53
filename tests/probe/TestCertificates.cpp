#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

bool TestCertificates::generate(QString *error)
{
    m_program = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_program.isEmpty()) {
        *error = u"the openssl command is not installed (see scripts/install-deps)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    const QStringList ecKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                            u"-nodes"_s};
    if (!openssl(QStringList{u"req"_s, u"-x509"_s} + ecKey +
                     QStringList{u"-keyout"_s, m_dir.filePath(u"ca.key"_s), u"-out"_s,
                                 m_dir.filePath(u"ca.pem"_s), u"-subj"_s,
                                 u"/CN=Smarthost Test CA"_s, u"-days"_s, u"2"_s, u"-addext"_s,
                                 u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                 u"keyUsage=critical,keyCertSign,cRLSign"_s},
                 error))
        return false;
    m_authority = QSslCertificate(readAll(m_dir.filePath(u"ca.pem"_s)), QSsl::Pem);
    if (m_authority.isNull()) {
        *error = u"cannot read the generated CA certificate"_s;
        return false;
    }
    return makeLeaf(u"localhost"_s, u"DNS:localhost,IP:127.0.0.1,IP:::1"_s, u"2"_s, error) &&
           makeLeaf(u"other.example"_s, u"DNS:other.example"_s, u"2"_s, error)
           // -days -1: notAfter one day before now, so the certificate has expired.
           && makeLeaf(u"localhost"_s, u"DNS:localhost,IP:127.0.0.1,IP:::1"_s, u"-1"_s, error);
}

QSslCertificate TestCertificates::certificate(Kind kind) const
{
    return m_certificates.value(int(kind));
}

QSslKey TestCertificates::key(Kind kind) const
{
    return m_keys.value(int(kind));
}

bool TestCertificates::makeLeaf(const QString &name, const QString &altNames, const QString &days,
                                QString *error)
{
    const QString base = m_dir.filePath(u"leaf"_s + QString::number(m_certificates.size()));
    QFile extensions(base + u".ext"_s);
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the extensions file"_s;
        return false;
    }
    extensions.write("subjectAltName=" + altNames.toUtf8() +
                     "\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    if (!openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                  u"-nodes"_s, u"-keyout"_s, base + u".key"_s, u"-out"_s, base + u".csr"_s,
                  u"-subj"_s, u"/CN="_s + name},
                 error) ||
        !openssl({u"x509"_s, u"-req"_s, u"-in"_s, base + u".csr"_s, u"-CA"_s,
                  m_dir.filePath(u"ca.pem"_s), u"-CAkey"_s, m_dir.filePath(u"ca.key"_s),
                  u"-CAcreateserial"_s, u"-days"_s, days, u"-extfile"_s, base + u".ext"_s,
                  u"-out"_s, base + u".pem"_s},
                 error))
        return false;
    const QSslCertificate certificate(readAll(base + u".pem"_s), QSsl::Pem);
    const QSslKey key(readAll(base + u".key"_s), QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = u"cannot read the generated certificate or key for "_s + name;
        return false;
    }
    m_certificates.append(certificate);
    m_keys.append(key);
    return true;
}

bool TestCertificates::openssl(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"openssl "_s + arguments.join(u' ') + u" failed: "_s +
                 QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}
