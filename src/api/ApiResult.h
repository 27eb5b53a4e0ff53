#pragma once

#include "ApiError.h"

#include <functional>
#include <optional>

// Nothing to return (PUT answers null).
struct NoContent
{
};

// A typed answer: the value, or the error. The query id is kept either way.
template<typename T> struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    QString queryId;

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

    static ApiResult success(T v, QString queryId = {})
    {
        return ApiResult{std::move(v), ApiError(), std::move(queryId)};
    }
    static ApiResult failure(ApiError e) { return ApiResult{std::nullopt, e, e.queryId}; }
};

template<typename T> using ResultHandler = std::function<void(const ApiResult<T> &)>;
