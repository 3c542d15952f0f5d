#include "sandbox/SandboxTransaction.h"

#include "sandbox/SandboxDatabase.h"

SandboxTransaction::SandboxTransaction(SandboxDatabase &database)
    : m_database(database)
{ }

SandboxTransaction::~SandboxTransaction()
{
    if (m_open)
        m_database.rollbackWrite();
}

bool SandboxTransaction::begin(QString *error)
{
    if (m_open) {
        if (error)
            *error = QStringLiteral("the transaction was already begun");
        return false;
    }
    m_open = m_database.beginWrite(error);
    return m_open;
}

bool SandboxTransaction::commit(QString *error)
{
    if (!m_open) {
        if (error)
            *error = QStringLiteral("the transaction was not begun");
        return false;
    }
    m_open = false;
    return m_database.commitWrite(error);
}
