#include "BatchReader.h"

#include "SimRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool BatchReader::wantsBatch(const SimRequest &request)
{
    return request.hasHeader("X-Ovh-Batch");
}

SimReply BatchReader::read(const SimRequest &request, const QString &joinedKeys,
                           const std::function<SimReply(const QString &key)> &readOne)
{
    QString separator = QString::fromUtf8(request.header("X-Ovh-Batch"));
    if (separator.isEmpty())
        separator = u","_s;
    QJsonArray results;
    for (const QString &key : joinedKeys.split(separator)) {
        const SimReply one = readOne(key);
        QJsonObject entry{{u"key"_s, key}};
        if (one.isSuccess()) {
            const QJsonDocument document = QJsonDocument::fromJson(one.body);
            entry.insert(u"value"_s, document.isObject() ? QJsonValue(document.object())
                                                         : QJsonValue(document.array()));
            entry.insert(u"error"_s, QJsonValue(QJsonValue::Null));
        } else {
            entry.insert(u"value"_s, QJsonValue(QJsonValue::Null));
            entry.insert(u"error"_s, one.errorMessage());
        }
        results.append(entry);
    }
    return SimReply::json(results);
}
