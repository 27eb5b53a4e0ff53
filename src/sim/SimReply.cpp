#include "SimReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QByteArray SimReply::encode(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: encode it inside an array and strip the brackets.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray SimReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QString SimReply::errorMessage() const
{
    if (isSuccess())
        return {};
    return QJsonDocument::fromJson(body).object().value(u"message"_s).toString();
}

SimReply SimReply::json(const QJsonValue &value, int status)
{
    SimReply reply;
    reply.status = status;
    reply.body = encode(value);
    return reply;
}

SimReply SimReply::apiError(int status, const QString &errorClass, const QString &message)
{
    return json(QJsonObject{{u"class"_s, errorClass}, {u"message"_s, message}}, status);
}

SimReply SimReply::badRequest(const QString &message)
{
    return apiError(400, u"Client::BadRequest"_s, message);
}

SimReply SimReply::notFound(const QString &message)
{
    return apiError(404, u"Client::NotFound"_s, message);
}

SimReply SimReply::objectNotFound(const QString &field, const QString &value)
{
    return notFound(u"The requested object (%1 = %2) does not exist"_s.arg(field, value));
}

SimReply SimReply::invalidRoute()
{
    return notFound(u"Got an invalid (or empty) URL"_s);
}

SimReply SimReply::conflict(const QString &message)
{
    return apiError(409, u"Client::Conflict"_s, message);
}

SimReply SimReply::forbidden(const QString &message)
{
    return apiError(403, u"Client::Forbidden"_s, message);
}

SimReply SimReply::authError(int status, const QByteArray &errorCode, const QString &message)
{
    const QByteArray httpCode = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return json(QJsonObject{{u"errorCode"_s, QString::fromLatin1(errorCode)},
                            {u"httpCode"_s, QString::fromLatin1(httpCode)},
                            {u"message"_s, message}},
                status);
}

SimReply SimReply::html(const QString &text, int status)
{
    SimReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OVHcloud API "
                 "simulator</title></head><body><p>" +
                 text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    return reply;
}
