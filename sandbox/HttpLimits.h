#pragma once

#include <QtGlobal>

// The bounds of one HTTP connection of the sandbox: time limits (set from the command line) and
// size limits. Each keeps a client from holding memory or a connection for free.
struct HttpLimits
{
    // A request head must be whole within this time of its first byte (of the connection's start
    // for the first request); a head dripping in byte by byte does not restart it.
    qint64 headerTimeoutMs = 10'000;
    // A body must be whole within this time of its head.
    qint64 bodyTimeoutMs = 30'000;
    // A kept-alive connection with no new request this long after the last answer went out is closed.
    qint64 idleTimeoutMs = 60'000;
    // Answers that make no progress towards the client for this long close the connection.
    qint64 sendTimeoutMs = 30'000;

    // Request line and header fields together (above it: 431).
    quint32 maxHeaderBytes = 16 * 1024;
    int maxHeaderFields = 100;
    // Above the API's own 256 KiB (so that it answers those with its own 413); a longer body is
    // refused from its Content-Length, before it is read.
    quint64 maxBodyBytes = 1024 * 1024;
    // No further request is read while this much of the answers is still unsent.
    qint64 maxUnsentBytes = 256 * 1024;
    // What Qt reads ahead from the socket.
    qint64 readBufferBytes = 64 * 1024;
    // The answer to the last one says Connection: close.
    int maxRequestsPerConnection = 1000;
};
