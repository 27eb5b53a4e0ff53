#include "FaultBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QJsonValue reshape(const QJsonValue &value);

QJsonObject reshapeObject(const QJsonObject &object)
{
    // Drop "id" (or, without one, the first field) and change the type of every other field.
    QJsonObject result;
    const QString dropped = object.contains(u"id"_s) ? u"id"_s
                            : object.isEmpty()       ? QString()
                                                     : object.begin().key();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() != dropped)
            result.insert(it.key(), reshape(it.value()));
    return result;
}

QJsonValue reshape(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QJsonArray{value};
    case QJsonValue::Bool:
        return value.toBool() ? u"yes"_s : u"no"_s;
    case QJsonValue::Object:
        return reshapeObject(value.toObject());
    case QJsonValue::Array: {
        QJsonArray result;
        for (const QJsonValue &element : value.toArray())
            result.append(reshape(element));
        return result;
    }
    case QJsonValue::Null:
        return QJsonObject{{u"unexpected"_s, true}};
    case QJsonValue::Undefined:
        break;
    }
    return value;
}
} // namespace

SimReply FaultBodies::serverError(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Http502:
        return SimReply::apiError(502, u"Server::BadGateway"_s, u"Bad gateway"_s);
    case FaultKind::Http503:
        return SimReply::apiError(503, u"Server::ServiceUnavailable"_s,
                                  u"The service is temporarily unavailable"_s);
    default:
        return SimReply::apiError(500, u"Server::InternalServerError"_s,
                                  u"Internal server error"_s);
    }
}

SimReply FaultBodies::authFailure(FaultKind kind)
{
    if (kind == FaultKind::QueryTimeOut)
        return SimReply::authError(400, "QUERY_TIME_OUT", u"Query out of time"_s);
    return SimReply::authError(403, "INVALID_CREDENTIAL", u"This credential does not exist"_s);
}

SimReply FaultBodies::spoil(const SimReply &reply, FaultKind kind)
{
    if (!reply.isSuccess())
        return reply;
    SimReply spoiled = reply;
    switch (kind) {
    case FaultKind::MalformedJson:
        spoiled.body = malformed(reply.body);
        break;
    case FaultKind::TruncatedJson:
        spoiled.body = truncated(reply.body);
        break;
    case FaultKind::UnexpectedShape:
        spoiled.body = unexpectedShape(reply.body);
        break;
    case FaultKind::HugeArray:
        spoiled.body = hugeArray(HugeArrayLength);
        break;
    case FaultKind::DeepNesting:
        spoiled.body = deepNesting(DeepNestingDepth);
        break;
    default:
        break;
    }
    return spoiled;
}

QByteArray FaultBodies::malformed(const QByteArray &json)
{
    // Drop the closing character and leave a dangling separator: never valid JSON.
    QByteArray text = json.isEmpty() ? QByteArray("{") : json.chopped(1);
    return text + ",}";
}

QByteArray FaultBodies::hugeArray(int length)
{
    QByteArray text;
    text.reserve(qsizetype(length) * 12 + 2);
    text += '[';
    for (int i = 0; i < length; ++i) {
        if (i > 0)
            text += ',';
        text += "\"item" + QByteArray::number(i) + '"';
    }
    return text + ']';
}

QByteArray FaultBodies::deepNesting(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray FaultBodies::truncated(const QByteArray &json)
{
    return json.left(qMax<qsizetype>(1, json.size() / 2));
}

QByteArray FaultBodies::unexpectedShape(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return SimReply::encode(reshapeObject(document.object()));
    if (document.isArray())
        return SimReply::encode(reshape(document.array()));
    // A scalar such as null or a bare number.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error == QJsonParseError::NoError && !wrapped.array().isEmpty())
        return SimReply::encode(reshape(wrapped.array().first()));
    return SimReply::encode(QJsonObject{{u"unexpected"_s, true}});
}
