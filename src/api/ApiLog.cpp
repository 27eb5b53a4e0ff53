#include "ApiLog.h"

Q_LOGGING_CATEGORY(lcApiRequest, "smarthost.api.request", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApiResponse, "smarthost.api.response", QtWarningMsg)
