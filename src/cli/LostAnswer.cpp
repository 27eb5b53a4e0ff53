#include "LostAnswer.h"

#include "MutationReadBack.h"

bool LostAnswer::isLost(const ApiError &error)
{
    return MutationReadBack::answerUnclear(error);
}

ApiError LostAnswer::outcome(const ApiError &lost, const ApiError &readError, bool applied)
{
    using Outcome = MutationReadBack::Outcome;
    if (!lost.isError()) {
        ApiError reported = readError;
        if (reported.isError())
            reported.message +=
                u' ' +
                tr("The change was accepted; only reading it back failed: refresh to see it.");
        return reported;
    }
    if (readError.isError()) {
        ApiError reported = MutationReadBack::verdict(lost, Outcome::Unknown);
        reported.message += u' ' + readError.toText();
        return reported;
    }
    if (applied)
        return {};
    ApiError reported = MutationReadBack::verdict(lost, Outcome::NotApplied);
    reported.message += u' ' + tr("Nothing was sent again.");
    return reported;
}

QString LostAnswer::appliedWarning(const ApiError &lost)
{
    return tr("Warning: %1")
        .arg(MutationReadBack::verdict(lost, MutationReadBack::Outcome::Applied).toText());
}
