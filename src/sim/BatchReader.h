#pragma once

#include "SimReply.h"

#include <functional>

struct SimRequest;

// Batch GET: with the request header "X-Ovh-Batch: ," the last path segment holds several
// ids joined by that separator ("a@x.ovh,b@x.ovh"). The answer is an array, in request order,
// of {"key": id as text, "value": object or null, "error": null or the message}.
class BatchReader
{
public:
    static bool wantsBatch(const SimRequest &request);
    static SimReply read(const SimRequest &request, const QString &joinedKeys,
                         const std::function<SimReply(const QString &key)> &readOne);
};
