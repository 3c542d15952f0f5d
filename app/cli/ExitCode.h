#pragma once

class ApiError;

// webhookctl's exit codes (documented in `webhookctl --help` and docs/webhookctl.md).
namespace ExitCode {
enum : int {
    Ok = 0,  // everything asked for was done
    Failed = 1,  // the server refused or failed (also: some items of a bulk command failed)
    Usage = 2,  // bad command line or input: unknown command or option, bad id, bad URL
    Credentials = 3,  // no API key, unknown profile, or no keychain available
    Auth = 4,  // the server rejected the API key (401/403)
    NotFound = 5,  // no such subscription or delivery (404)
    Network = 6,  // server unreachable, timeout, TLS error
    NotSupported = 7,  // the server lacks the extension (deliveries, retry, health for list --failing)
    Journal = 8,  // the pending-writes journal cannot be opened or written: nothing was sent
    Pending = 9,  // unconfirmed writes remain (pending lists some; resume left creates to check)
    EndpointFailed = 10,  // check: the endpoint was not reachable or did not answer 2xx
    Interrupted = 130,  // Ctrl-C (128 + SIGINT, as shells report it)
};

// The exit code that describes one failed API call.
int forError(const ApiError &error);
}  // namespace ExitCode
