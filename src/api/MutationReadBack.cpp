#include "MutationReadBack.h"

bool MutationReadBack::answerUnclear(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::BadAnswer;
}

ApiError MutationReadBack::verdict(const ApiError &lost, Outcome outcome)
{
    ApiError result = lost;
    QString sentence;
    switch (outcome) {
    case Outcome::Applied:
        sentence = tr("Reading it back shows the change was applied.");
        result.kind = ApiError::Kind::None;
        break;
    case Outcome::NotApplied:
        sentence = tr("Reading it back shows the change was not applied.");
        break;
    case Outcome::Unknown:
        sentence = tr("Reading it back could not tell whether the change was applied.");
        break;
    }
    result.message = lost.message.isEmpty() ? sentence : lost.message + u' ' + sentence;
    return result;
}
