// Crash-test helper: runs crashscript::ops() against the journal at argv[1], printing "op N" on
// stdout after each committed operation, until argv[2] batches are done or it is killed.
#include "app/journal/CrashScript.h"

#include "common/SystemClock.h"
#include "journal/WriteJournal.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

static void report(qint64 index)
{
    // Unbuffered: what the test reads after the kill is exactly what was committed before it.
    char line[32];
    const int n = std::snprintf(line, sizeof line, "op %lld\n", static_cast<long long>(index));
    if (::write(STDOUT_FILENO, line, size_t(n)) != n)
        std::_Exit(3);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: journal_crash_writer JOURNAL BATCHES\n");
        return 2;
    }
    SystemClock clock;
    WriteJournal journal(QString::fromLocal8Bit(argv[1]), clock);
    if (!journal.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
        return 1;
    }
    const int batches = QByteArray(argv[2]).toInt();
    qint64 index = 0;
    for (int b = 0; b < batches; ++b) {
        for (const crashscript::Op &op : crashscript::batchOps(b)) {
            bool ok = true;
            switch (op.type) {
            case crashscript::Op::RecordBatch: {
                QList<JournalWrite> writes;
                for (int i = 0; i < crashscript::kBatchSize; ++i)
                    writes.append(crashscript::writeFor(op.seq + i));
                const auto seqs = journal.recordBatch(writes);
                ok = seqs && seqs->first() == op.seq;
                break;
            }
            case crashscript::Op::Sent:
                ok = journal.markSent(op.seq);
                break;
            case crashscript::Op::Done:
                ok = journal.markDone(op.seq);
                break;
            case crashscript::Op::Failed:
                ok = journal.markFailed(op.seq, crashscript::failureFor(op.seq));
                break;
            }
            if (!ok) {
                std::fprintf(stderr, "op %lld failed: %s\n", static_cast<long long>(index),
                             qPrintable(journal.lastError()));
                return 1;
            }
            report(index++);
        }
    }
    return 0;
}
