#pragma once

#include "ApiError.h"

#include <QCoreApplication>

// A PUT, POST or DELETE whose answer was lost (network error, no answer in time) or could not
// be understood may or may not have been applied. The CLI never sends it again: it reads the object
// back once and reports what it finds, in MutationReadBack's words (as the GUI does).
struct LostAnswer
{
    Q_DECLARE_TR_FUNCTIONS(LostAnswer)

public:
    static bool isLost(const ApiError &error);
    // What the command reports once the object was read back: nothing (go on as after a
    // success), the read's own error (saying the change was accepted when the mutation
    // succeeded), or `lost` saying whether the change is there. `lost` is none when the
    // mutation succeeded; `applied` tells whether the read shows the change.
    static ApiError outcome(const ApiError &lost, const ApiError &readError, bool applied);
    // The warning printed when the read shows the change despite the lost answer.
    static QString appliedWarning(const ApiError &lost);
};
