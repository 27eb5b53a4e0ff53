#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

// What goes wrong when a fault rule fires.
enum class FaultKind {
    Http500,           // 500 {"class":"Server::InternalServerError"}
    Http502,           // 502 {"class":"Server::BadGateway"}
    Http503,           // 503 {"class":"Server::ServiceUnavailable"}
    Hang,              // never answered (the connection stays open)
    ResetMidBody,      // headers and half the body, then a TCP reset
    MalformedJson,     // 200 with a body that is not JSON
    TruncatedJson,     // 200 with the first half of the JSON body (Content-Length matches)
    UnexpectedShape,   // 200 with valid JSON of the wrong shape (missing fields, wrong types)
    HugeArray,         // 200 with an array of 100,000 strings instead of the answer
    DeepNesting,       // 200 with 10,000 nested arrays instead of the answer
    InvalidCredential, // 403 errorCode INVALID_CREDENTIAL
    QueryTimeOut,      // 400 errorCode QUERY_TIME_OUT
    TaskError,         // the request succeeds; the task it starts ends in "error"
    TaskCancelled,     // the request succeeds; the task it starts ends "cancelled"
    TaskNeverEnds,     // the request succeeds; the task it starts stays "doing"
};

// When a fault fires: requests whose method matches (empty: any) and whose decoded path
// below /1.0 (e.g. "/email/exchange/org/service/svc/sendConnector", no query) contains a
// match of `path` (unanchored search: use ^…$ to anchor). The rule fires with probability
// `rate`, drawn from the simulator's seeded generator, at most `count` times (-1: no limit).
// Task kinds fire only on requests that start a task; the others replace the answer.
struct FaultRule
{
    Q_DECLARE_TR_FUNCTIONS(FaultRule)

public:
    QByteArray method;
    QRegularExpression path;
    FaultKind kind = FaultKind::Http500;
    double rate = 1.0;
    int count = -1;

    FaultRule() = default;
    FaultRule(const QByteArray &method, const QString &pathPattern, FaultKind kind,
              double rate = 1.0, int count = -1);

    bool appliesTo(const QByteArray &requestMethod, const QString &requestPath) const;
    bool isTaskFault() const;

    // "METHOD:REGEX:KIND[:RATE[:COUNT]]", e.g. "POST:/sendConnector$:task-error:0.5",
    // "*:.*:503" or "GET:/domain:503:1:2" (the first two matching GETs only). METHOD may be
    // empty or "*" for any; REGEX may contain colons.
    static std::optional<FaultRule> parse(const QString &spec, QString *error);
    static QString kindName(FaultKind kind);
    static std::optional<FaultKind> kindFromName(const QString &name);
    static QStringList kindNames();
};
