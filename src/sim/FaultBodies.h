#pragma once

#include "FaultRule.h"
#include "SimReply.h"

// Turns a fault kind into the answer that replaces (or spoils) the real one.
class FaultBodies
{
public:
    // 500/502/503 with a Server:: error body.
    static SimReply serverError(FaultKind kind);
    // 403 INVALID_CREDENTIAL or 400 QUERY_TIME_OUT in the auth-layer format.
    static SimReply authFailure(FaultKind kind);
    // Spoils a successful answer (MalformedJson, TruncatedJson, UnexpectedShape, HugeArray,
    // DeepNesting); other
    // kinds and error answers come back unchanged.
    static SimReply spoil(const SimReply &reply, FaultKind kind);

    static QByteArray malformed(const QByteArray &json);
    static QByteArray truncated(const QByteArray &json);
    static QByteArray unexpectedShape(const QByteArray &json);
    static constexpr int HugeArrayLength = 100'000;
    static constexpr int DeepNestingDepth = 10'000;
    static QByteArray hugeArray(int length);  // ["item0","item1",…]
    static QByteArray deepNesting(int depth); // [[[…]]]
};
