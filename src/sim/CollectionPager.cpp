#include "CollectionPager.h"

#include "AccountRoutes.h"
#include "SimRequest.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(SimReply::encode(value));
    }
}

int compareValues(const QJsonValue &a, const QString &b)
{
    bool numeric = false;
    const double number = b.toDouble(&numeric);
    if (a.isDouble() && numeric)
        return a.toDouble() < number ? -1 : (a.toDouble() > number ? 1 : 0);
    return textOf(a).compare(b);
}
} // namespace

bool CollectionPager::wantsPages(const SimRequest &request)
{
    return request.header("X-Pagination-Mode").trimmed() == "CachedObjectList-Pages";
}

bool CollectionPager::equals(const QJsonValue &field, const QString &value)
{
    if (field.isNull() || field.isUndefined())
        return value == u"null"_s;
    return compareValues(field, value) == 0;
}

bool CollectionPager::matches(const QJsonObject &object, const QString &field, const QString &op,
                              const QString &value)
{
    const QJsonValue v = object.value(field);
    if (op == u"eq"_s)
        return equals(v, value);
    if (op == u"ne"_s)
        return !equals(v, value);
    if (op == u"like"_s)
        return !v.isNull() && AccountRoutes::like(textOf(v), value);
    if (op == u"lt"_s)
        return !v.isNull() && compareValues(v, value) < 0;
    if (op == u"gt"_s)
        return !v.isNull() && compareValues(v, value) > 0;
    // "in"
    const QStringList options = value.split(u',');
    return std::any_of(options.begin(), options.end(),
                       [&](const QString &option) { return equals(v, option); });
}

SimReply CollectionPager::page(QList<QJsonObject> objects, const SimRequest &request)
{
    bool ok = true;
    const QByteArray sizeHeader = request.header("X-Pagination-Size");
    const qint64 size = sizeHeader.isEmpty() ? 25 : sizeHeader.toLongLong(&ok);
    if (!ok || size < 1 || size > 10000)
        return SimReply::badRequest(u"[X-Pagination-Size] must be a number from 1 to 10000"_s);
    const QByteArray numberHeader = request.header("X-Pagination-Number");
    const qint64 number = numberHeader.isEmpty() ? 1 : numberHeader.toLongLong(&ok);
    if (!ok || number < 1)
        return SimReply::badRequest(u"[X-Pagination-Number] must be a number from 1"_s);

    const QString filterHeader = QString::fromUtf8(request.header("X-Pagination-Filter"));
    if (!filterHeader.isEmpty()) {
        for (const QString &filter : filterHeader.split(u'&')) {
            const qsizetype colon = filter.indexOf(u':');
            const qsizetype equal = filter.indexOf(u'=', colon + 1);
            const QString field = filter.left(colon);
            const QString op = filter.mid(colon + 1, equal - colon - 1);
            static const QStringList ops{u"eq"_s, u"ne"_s, u"like"_s, u"lt"_s, u"gt"_s, u"in"_s};
            if (colon <= 0 || equal < 0 || !ops.contains(op))
                return SimReply::badRequest(
                    u"[X-Pagination-Filter] expected field:op=value with op one of eq, ne, "
                    "like, lt, gt, in; got %1"_s.arg(filter.left(80)));
            const QString value = filter.mid(equal + 1);
            objects.removeIf(
                [&](const QJsonObject &object) { return !matches(object, field, op, value); });
        }
    }

    const QString sortField = QString::fromUtf8(request.header("X-Pagination-Sort"));
    if (!sortField.isEmpty()) {
        const bool descending =
            request.header("X-Pagination-Sort-Order").compare("DESC", Qt::CaseInsensitive) == 0;
        std::stable_sort(objects.begin(), objects.end(),
                         [&](const QJsonObject &a, const QJsonObject &b) {
                             const QJsonValue va = a.value(sortField);
                             const int order = compareValues(va, textOf(b.value(sortField)));
                             return descending ? order > 0 : order < 0;
                         });
    }

    QJsonArray pageObjects;
    const qint64 first = (number - 1) * size;
    for (qint64 i = first; i < objects.size() && i < first + size; ++i)
        pageObjects.append(objects.at(i));
    SimReply reply = SimReply::json(pageObjects);
    reply.addHeader("X-Pagination-Elements", QByteArray::number(objects.size()));
    reply.addHeader("X-Pagination-Size", QByteArray::number(size));
    reply.addHeader("X-Pagination-Number", QByteArray::number(number));
    reply.addHeader("X-Pagination-Mode", "CachedObjectList-Pages");
    return reply;
}
