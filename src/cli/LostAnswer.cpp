#include "LostAnswer.h"

bool LostAnswer::isLost(const ApiError &error)
{
    // A garbled answer counts too: the change may have been applied, the CLI cannot tell.
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::BadAnswer;
}

ApiError LostAnswer::outcome(const ApiError &lost, const ApiError &readError, bool applied)
{
    if (!lost.isError()) {
        ApiError reported = readError;
        if (reported.isError())
            reported.message +=
                u' ' +
                tr("The change was accepted; only reading it back failed: refresh to see it.");
        return reported;
    }
    ApiError reported = lost;
    if (readError.isError())
        reported.message +=
            u' ' + tr("The answer was lost or unreadable, and reading it back failed too (%1): "
                      "check before trying again.")
                       .arg(readError.toText());
    else if (!applied)
        reported.message +=
            u' ' + tr("The answer was lost or unreadable; reading it back shows the "
                      "change was not applied. Nothing was sent again.");
    else
        return {};
    return reported;
}

QString LostAnswer::appliedWarning(const ApiError &lost)
{
    return tr("Warning: %1").arg(lost.toText()) + u'\n' +
           tr("The answer was lost or unreadable; reading it back shows the change was applied.");
}
