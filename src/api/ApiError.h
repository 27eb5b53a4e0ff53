#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why a call failed, with everything OVHcloud support asks for: HTTP status, the auth
// layer's errorCode or the API layer's class, the message and the X-Ovh-QueryId.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,      // no error
        Network,   // connection refused, reset, DNS, TLS…
        Timeout,   // no usable answer in time
        Http,      // the API answered with an error status
        BadAnswer, // the answer could not be understood (malformed JSON, wrong shape)
        Cancelled, // the caller gave up
        Usage,     // refused before sending (invalid input)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;  // auth layer, e.g. INVALID_SIGNATURE
    QString errorClass; // API layer, e.g. Client::NotFound
    QString message;
    QString queryId;

    bool isError() const { return kind != Kind::None; }
    bool isQueryTimeOut() const { return errorCode == QLatin1StringView("QUERY_TIME_OUT"); }
    bool isInvalidCredential() const;

    // Parses an error answer body in either of OVHcloud's two formats.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &queryId);
    static ApiError make(Kind kind, const QString &message, const QString &queryId = {});

    // One line for a user: the message, then the code/class and query id in brackets.
    QString toText() const;
};

Q_DECLARE_METATYPE(ApiError)
