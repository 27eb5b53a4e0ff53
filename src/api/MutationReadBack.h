#pragma once

#include "ApiError.h"

#include <QCoreApplication>

// When a PUT, POST or DELETE loses its answer (network error, no answer in time) or gets one
// that cannot be understood (a success status with a garbled body), OVHcloud may or may not
// have made the change. The mutation is never sent again: the object is read
// back once and what it shows is told to the user.
class MutationReadBack
{
    Q_DECLARE_TR_FUNCTIONS(MutationReadBack)

public:
    enum class Outcome { Applied, NotApplied, Unknown };

    // Whether the answer to a mutation was lost or not understood (rather than a refusal).
    static bool answerUnclear(const ApiError &error);

    // What the caller's `done` receives: the lost answer's message plus a sentence saying what
    // the read-back showed. When the change was applied the kind is None (the change is made:
    // callers go on as after a success) and the message is a note worth showing the user;
    // otherwise the original error kind is kept.
    static ApiError verdict(const ApiError &lost, Outcome outcome);

    // A success that comes with a note (see verdict()).
    static bool isNote(const ApiError &error)
    {
        return !error.isError() && !error.message.isEmpty();
    }
};
