#pragma once

#include "common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// A statement on the sandbox database that failed (prepare, exec, or a row that could not be
// read): which one and what SQLite said. The statement is kept with its placeholders, never with
// its bound values, so no key, hash or secret reaches the log line made of it.
struct DatabaseError
{
    QString statement;
    QString message;

    static DatabaseError of(const QSqlQuery &query)
    {
        return DatabaseError{query.lastQuery().simplified(), query.lastError().text()};
    }
    static DatabaseError of(const QString &statement, const QString &message)
    {
        return DatabaseError{statement.simplified(), message};
    }
    QString text() const { return statement.isEmpty() ? message : message + QStringLiteral(" [") + statement + u']'; }
};

// The outcome of a read or write of the sandbox's stores.
template<class T = std::monostate>
using StoreResult = Result<T, DatabaseError>;
