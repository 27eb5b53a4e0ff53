#pragma once

#include "SimReply.h"

#include <QJsonObject>
#include <QList>

struct SimRequest;

// The control panel's way of reading full objects in pages. Request headers:
//   X-Pagination-Mode: CachedObjectList-Pages   (switches it on)
//   X-Pagination-Size: N                        (default 25, 1…10000)
//   X-Pagination-Number: k                      (1-based, default 1; past the end: [])
//   X-Pagination-Filter: field:op=value[&field:op=value…]   op: eq ne like lt gt in
//       (value taken literally, no %-decoding; like is SQL LIKE with % and _; in takes a
//        comma-separated list; numbers compare as numbers; null matches "null")
//   X-Pagination-Sort: field, X-Pagination-Sort-Order: ASC|DESC
// Answer: the array of objects of that page, X-Pagination-Elements (total after filtering),
// X-Pagination-Size and X-Pagination-Number. Bad headers → 400 Client::BadRequest.
class CollectionPager
{
public:
    static bool wantsPages(const SimRequest &request);
    static SimReply page(QList<QJsonObject> objects, const SimRequest &request);

private:
    static bool matches(const QJsonObject &object, const QString &field, const QString &op,
                        const QString &value);
    static bool equals(const QJsonValue &field, const QString &value);
};
