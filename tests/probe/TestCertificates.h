#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

// Generates, at run time and with the openssl command-line tool, a throw-away certificate
// authority and server certificates it signs. Nothing is committed: the keys live in a
// temporary directory removed with this object.
class TestCertificates
{
public:
    enum class Kind {
        Localhost, // valid now, for localhost, 127.0.0.1 and ::1
        OtherName, // valid now, but for other.example only
        Expired,   // for localhost, expired yesterday
    };

    // Returns false with a reason when openssl is missing or fails.
    bool generate(QString *error);

    QSslCertificate authority() const { return m_authority; }
    QSslCertificate certificate(Kind kind) const;
    QSslKey key(Kind kind) const;

private:
    bool openssl(const QStringList &arguments, QString *error) const;
    bool makeLeaf(const QString &name, const QString &altNames, const QString &days,
                  QString *error);

    QTemporaryDir m_dir;
    QString m_program;
    QSslCertificate m_authority;
    QList<QSslCertificate> m_certificates; // by Kind
    QList<QSslKey> m_keys;
};
