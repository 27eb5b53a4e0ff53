#include "RequestSigner.h"

#include <QCryptographicHash>

QByteArray RequestSigner::signature(const QString &applicationSecret, const QString &consumerKey,
                                    const QByteArray &method, const QByteArray &fullUrl,
                                    const QByteArray &body, qint64 timestamp)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(applicationSecret.toUtf8());
    hash.addData("+");
    hash.addData(consumerKey.toUtf8());
    hash.addData("+");
    hash.addData(method);
    hash.addData("+");
    hash.addData(fullUrl);
    hash.addData("+");
    hash.addData(body);
    hash.addData("+");
    hash.addData(QByteArray::number(timestamp));
    return "$1$" + hash.result().toHex();
}
