#pragma once

#include "journal/JournalEntry.h"

#include <QList>
#include <QString>

// The deterministic script the crash helper runs and the crash test replays in memory: batches of
// ten writes recorded in one transaction, then for each write, by seq % 4: sent+done, sent+failed,
// sent only (no answer), or nothing (recorded only). Kinds cycle by (seq / 4) % 4, so every kind
// meets every outcome, including the "create sent without answer" case.
namespace crashscript {

constexpr int kBatchSize = 10;

struct Op
{
    enum Type { RecordBatch, Sent, Done, Failed };
    Type type;
    qint64 seq;  // RecordBatch: seq of the batch's first write
};

inline JournalWrite writeFor(qint64 seq)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind(int((seq / 4) % 4));
    if (w.kind != JournalWrite::Kind::Create)
        w.subscriptionId = seq * 10;
    switch (w.kind) {
    case JournalWrite::Kind::Toggle:
        w.body.insert(QStringLiteral("enabled"), seq % 2 == 0);
        break;
    case JournalWrite::Kind::Edit:
    case JournalWrite::Kind::Create:
        w.body.insert(QStringLiteral("url"), QStringLiteral("https://example.test/hook/%1").arg(seq));
        break;
    case JournalWrite::Kind::Delete:
        break;
    }
    w.bulkJobId = QStringLiteral("job-%1").arg((seq - 1) / kBatchSize);
    return w;
}

inline QString failureFor(qint64 seq)
{
    return QStringLiteral("422: url rejected (%1)").arg(seq);
}

// The ops of batch b (0-based); seqs start at 1 in a fresh journal.
inline QList<Op> batchOps(int b)
{
    QList<Op> ops;
    const qint64 first = qint64(b) * kBatchSize + 1;
    ops.append({Op::RecordBatch, first});
    for (qint64 seq = first; seq < first + kBatchSize; ++seq) {
        switch (seq % 4) {
        case 0:
            ops.append({Op::Sent, seq});
            ops.append({Op::Done, seq});
            break;
        case 1:
            ops.append({Op::Sent, seq});
            ops.append({Op::Failed, seq});
            break;
        case 2:
            ops.append({Op::Sent, seq});
            break;
        default:
            break;
        }
    }
    return ops;
}

inline QList<Op> ops(int batches)
{
    QList<Op> all;
    for (int b = 0; b < batches; ++b)
        all += batchOps(b);
    return all;
}

}  // namespace crashscript
