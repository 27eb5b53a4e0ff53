#include "LogRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLoggedBody = 4096;

QJsonValue redactJson(const QJsonValue &value, int depth)
{
    if (depth > 64)
        return QString::fromLatin1(LogRedactor::Redacted);
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (LogRedactor::isSecretField(it.key().toUtf8()))
                it.value() = QString::fromLatin1(LogRedactor::Redacted);
            else
                it.value() = redactJson(it.value(), depth + 1);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactJson(array.at(i), depth + 1);
        return array;
    }
    return value;
}

bool looksLikeForm(const QByteArray &body)
{
    for (const char c : body) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || QByteArrayView("%&=+-._~*").contains(c);
        if (!allowed)
            return false;
    }
    return body.contains('=');
}

QByteArray truncated(QByteArray text)
{
    if (text.size() > MaxLoggedBody) {
        const qsizetype total = text.size();
        text.truncate(MaxLoggedBody);
        text += "… (" + QByteArray::number(total) + " bytes)";
    }
    return text;
}

} // namespace

bool LogRedactor::isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = {"x-ovh-signature", "x-ovh-consumer",
                                            "authorization",   "proxy-authorization",
                                            "cookie",          "set-cookie"};
    return names.contains(name.toLower());
}

bool LogRedactor::isSecretField(const QByteArray &name)
{
    // Compared without case, '_' or '-': "client_secret", "clientSecret", "Client-Secret".
    QByteArray key = name.toLower();
    key.replace('_', QByteArray()).replace('-', QByteArray());
    static const QList<QByteArray> exact = {
        "password",          "pass",      "passwd",       "consumerkey",
        "applicationsecret", "appsecret", "clientsecret", "accesstoken",
        "refreshtoken",      "token",     "secret",       "signature"};
    return exact.contains(key) || key.endsWith("password") || key.endsWith("secret") ||
           key.endsWith("token");
}

QByteArray LogRedactor::header(const QByteArray &name, const QByteArray &value)
{
    return name + ": " + (isSecretHeader(name) ? QByteArray(Redacted) : value);
}

QByteArray LogRedactor::headers(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QByteArray> lines;
    for (const auto &[name, value] : headers)
        lines << header(name, value);
    return lines.join("; ");
}

QByteArray LogRedactor::body(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue root =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const QJsonValue redacted = redactJson(root, 0);
        return truncated(redacted.isObject()
                             ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
    }
    if (looksLikeForm(body)) {
        QList<QByteArray> pairs = body.split('&');
        for (QByteArray &pair : pairs) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = QByteArray::fromPercentEncoding(pair.left(eq < 0 ? 0 : eq));
            if (eq >= 0 && isSecretField(key))
                pair = pair.left(eq + 1) + Redacted;
        }
        return truncated(pairs.join('&'));
    }
    return "<" + QByteArray::number(body.size()) + " bytes, not JSON>";
}
