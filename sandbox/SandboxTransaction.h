#pragma once

#include <QString>

class SandboxDatabase;

// A unit of work on the sandbox database that lands whole or not at all: begin() takes the write
// lock (BEGIN IMMEDIATE), commit() makes it durable, and leaving the scope without a commit rolls
// everything back (an early return, a failed insert).
class SandboxTransaction
{
public:
    explicit SandboxTransaction(SandboxDatabase &database);
    ~SandboxTransaction();
    SandboxTransaction(const SandboxTransaction &) = delete;
    SandboxTransaction &operator=(const SandboxTransaction &) = delete;

    // False with *error when the lock could not be had within the busy timeout.
    bool begin(QString *error);
    // False with *error when the commit failed; then nothing of the unit was stored.
    bool commit(QString *error);

private:
    SandboxDatabase &m_database;
    bool m_open = false;
};
