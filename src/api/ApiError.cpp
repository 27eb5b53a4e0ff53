#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool ApiError::isInvalidCredential() const
{
    return errorCode == u"INVALID_CREDENTIAL"_s || errorCode == u"NOT_CREDENTIAL"_s ||
           errorCode == u"NOT_AUTHENTICATED"_s || errorCode == u"INVALID_KEY"_s ||
           errorCode == u"INVALID_SIGNATURE"_s;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &queryId)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.queryId = queryId;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    error.errorCode = object.value(u"errorCode"_s).toString();
    error.errorClass = object.value(u"class"_s).toString();
    error.message = object.value(u"message"_s).toString();
    if (error.message.isEmpty()) {
        const QString text = QString::fromUtf8(body.left(300)).simplified();
        error.message = text.isEmpty() ? tr("HTTP error %1").arg(status)
                                       : tr("HTTP error %1: %2").arg(status).arg(text);
    }
    return error;
}

ApiError ApiError::make(Kind kind, const QString &message, const QString &queryId)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.queryId = queryId;
    return error;
}

QString ApiError::toText() const
{
    QStringList details;
    if (!errorCode.isEmpty())
        details << errorCode;
    if (!errorClass.isEmpty())
        details << errorClass;
    if (httpStatus != 0 && errorCode.isEmpty() && errorClass.isEmpty())
        details << tr("HTTP %1").arg(httpStatus);
    if (!queryId.isEmpty())
        details << tr("query id %1").arg(queryId);
    if (details.isEmpty())
        return message;
    return tr("%1 [%2]").arg(message, details.join(u", "_s));
}
