#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

// One HTTP answer of the simulator before it goes on the wire. The builders produce the two
// error formats of OVHcloud: the API layer's {"class","message"} and the authentication
// layer's {"errorCode","httpCode","message"}.
struct SimReply
{
    using Header = std::pair<QByteArray, QByteArray>;

    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<Header> headers;

    bool isSuccess() const { return status >= 200 && status < 300; }
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    // The message of an error body (either format), empty for successes.
    QString errorMessage() const;

    static SimReply json(const QJsonValue &value, int status = 200);
    static SimReply null() { return json(QJsonValue(QJsonValue::Null)); }
    static SimReply apiError(int status, const QString &errorClass, const QString &message);
    static SimReply badRequest(const QString &message);
    static SimReply notFound(const QString &message);
    static SimReply objectNotFound(const QString &field, const QString &value);
    static SimReply invalidRoute();
    static SimReply conflict(const QString &message);
    static SimReply forbidden(const QString &message);
    static SimReply authError(int status, const QByteArray &errorCode, const QString &message);
    static SimReply html(const QString &text, int status = 200);

    static QByteArray encode(const QJsonValue &value);
    static QByteArray reasonPhrase(int status);
};
