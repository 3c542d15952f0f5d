#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <deque>

// The order in which writes that share a key (one subscription's PATCHes and DELETEs) may leave:
// one at a time, oldest first. The queue asks whether a write is next before sending it and
// removes it once it has its final answer (or is cancelled). W is the queue's own record of a
// request; only its address is kept.
template<typename W>
class WriteOrder
{
public:
    // Appends a write; returns the writes that came before it under the same key, oldest first.
    std::deque<W *> add(const QString &key, W *write)
    {
        auto &writes = m_writes[key];
        std::deque<W *> earlier = writes;
        writes.push_back(write);
        return earlier;
    }

    bool isNext(const QString &key, const W *write) const
    {
        const auto it = m_writes.constFind(key);
        return it == m_writes.constEnd() || it->empty() || it->front() == write;
    }

    // Forgets a write; true when another write of the key is next now.
    bool remove(const QString &key, const W *write)
    {
        auto it = m_writes.find(key);
        if (it == m_writes.end())
            return false;
        const bool wasNext = !it->empty() && it->front() == write;
        it->erase(std::remove(it->begin(), it->end(), write), it->end());
        if (it->empty()) {
            m_writes.erase(it);
            return false;
        }
        return wasNext;
    }

private:
    QHash<QString, std::deque<W *>> m_writes;  // key -> its live writes, oldest first
};
