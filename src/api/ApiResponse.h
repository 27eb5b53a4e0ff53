#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What came back: status, body, the query id and the error if any.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QString queryId;
    QList<QPair<QByteArray, QByteArray>> headers;
    ApiError error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;
};
