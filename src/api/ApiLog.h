#pragma once

#include <QLoggingCategory>

// Debug logging of API traffic, off by default. Enable with
// QT_LOGGING_RULES="smarthost.api.*=true". Everything logged goes through LogRedactor.
Q_DECLARE_LOGGING_CATEGORY(lcApiRequest)  // smarthost.api.request: method, URL, headers, body
Q_DECLARE_LOGGING_CATEGORY(lcApiResponse) // smarthost.api.response: status, query id, body
