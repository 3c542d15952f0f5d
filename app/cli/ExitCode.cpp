#include "cli/ExitCode.h"

#include "api/ApiError.h"

namespace ExitCode {

int forError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return Network;
    case ApiError::Kind::InsecureRefused:
    case ApiError::Kind::InvalidInput:
        return Usage;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return Auth;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::NotSupported:
        return NotSupported;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::HttpOther:
    case ApiError::Kind::MalformedBody:
    case ApiError::Kind::Cancelled:
        return Failed;
    }
    return Failed;
}

}  // namespace ExitCode
