#pragma once

#include "api/ApiError.h"

#include <optional>
#include <utility>
#include <variant>

// The outcome of one API call: a value, or an error. DELETE uses ApiResult<std::monostate>.
template<class T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value() && !error.isError(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

    static ApiResult success(T v)
    {
        ApiResult r;
        r.value = std::move(v);
        return r;
    }
    static ApiResult failure(ApiError e)
    {
        ApiResult r;
        r.error = std::move(e);
        if (!r.error.isError())
            r.error.kind = ApiError::Kind::MalformedBody;  // a failure always carries a kind
        return r;
    }
    // Same error, other value type (for decoders that build on each other).
    template<class U>
    static ApiResult from(const ApiResult<U> &other)
    {
        return failure(other.error);
    }
};

using Empty = std::monostate;
