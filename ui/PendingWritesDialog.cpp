#include "ui/PendingWritesDialog.h"

#include "journal/JournalCodec.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PendingWritesDialog::PendingWritesDialog(const QList<JournalEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_table(new QTableWidget(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_later(new QPushButton(tr("&Later"), this))
{
    setObjectName(QStringLiteral("PendingWritesDialog"));
    setWindowTitle(tr("Unconfirmed Changes"));
    setAccessibleName(tr("Unconfirmed changes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n change(s) from an earlier session were not confirmed by the server. "
                                "Resume sends each of them once; Discard forgets them; Later asks again "
                                "at the next start.",
                                nullptr, int(entries.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("pendingWritesTable"));
    m_table->setAccessibleName(tr("Unconfirmed changes"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Subscription"), tr("State"), tr("Asked for")});
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    const QLocale locale;
    int uncertain = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const JournalEntry &e = entries.at(row);
        const QString target = e.write.subscriptionId
            ? tr("#%1").arg(*e.write.subscriptionId)
            : e.write.body.value(QStringLiteral("url")).toString();
        QString state = JournalCodec::describeState(e);
        if (e.isUncertain()) {
            ++uncertain;
            state = uncertainNote();
        }
        auto *what = new QTableWidgetItem(JournalCodec::describe(e.write));
        if (e.isUncertain())
            what->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
        m_table->setItem(row, 0, what);
        m_table->setItem(row, 1, new QTableWidgetItem(target));
        m_table->setItem(row, 2, new QTableWidgetItem(state));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 360));
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);
    if (uncertain > 0) {
        auto *note = new QLabel(tr("%n create(s) may exist on the server: check the subscription list before "
                                   "creating them again. Resume does not send them.",
                                   nullptr, uncertain),
                                this);
        note->setObjectName(QStringLiteral("uncertainNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_resume->setEnabled(resumableCount() > 0);
    m_resume->setToolTip(tr("Send each change once more (uncertain creates are left out)"));
    m_discard->setToolTip(tr("Forget all of these changes"));
    m_later->setToolTip(tr("Keep them and ask again at the next start"));
    auto *box = new QDialogButtonBox(this);
    box->addButton(m_resume, QDialogButtonBox::AcceptRole);
    box->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    box->addButton(m_later, QDialogButtonBox::RejectRole);
    connect(m_resume, &QPushButton::clicked, this, [this] { choose(Choice::Resume); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(Choice::Discard); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(Choice::Later); });
    // Escape or the window's close button: decide later.
    connect(this, &QDialog::rejected, this, [this] {
        if (!m_decided)
            choose(Choice::Later);
    });
    layout->addWidget(box);
    m_later->setDefault(true);
    resize(760, 360);
}

QString PendingWritesDialog::uncertainNote()
{
    return tr("sent, no answer: may exist on the server: check before sending again");
}

int PendingWritesDialog::resumableCount() const
{
    int n = 0;
    for (const JournalEntry &e : m_entries)
        n += e.isUnconfirmed() && !e.isUncertain() ? 1 : 0;
    return n;
}

void PendingWritesDialog::choose(Choice choice)
{
    if (m_decided)
        return;
    m_decided = true;
    Q_EMIT chosen(choice);
    if (choice == Choice::Later)
        reject();
    else
        accept();
}
