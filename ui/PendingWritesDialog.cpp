#include "ui/PendingWritesDialog.h"

#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"
#include "models/TimeText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>

PendingWritesDialog::PendingWritesDialog(const QList<JournalEntry> &entries, WriteJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_table(new QTableWidget(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_later(new QPushButton(tr("&Later"), this))
    , m_sendAgain(new QPushButton(tr("Checked: Send &Again"), this))
    , m_forget(new QPushButton(tr("&Forget This One"), this))
    , m_uncertainNote(new QLabel(this))
    , m_busyNote(new QLabel(this))
    , m_journal(journal)
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
    for (int row = 0; row < entries.size(); ++row)
        fillRow(row);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 360));
    m_table->resizeRowsToContents();
    m_table->setCurrentCell(0, 0);
    layout->addWidget(m_table, 1);
    m_uncertainNote->setObjectName(QStringLiteral("uncertainNote"));
    m_uncertainNote->setWordWrap(true);
    layout->addWidget(m_uncertainNote);
    m_busyNote->setObjectName(QStringLiteral("busyNote"));
    m_busyNote->setWordWrap(true);
    m_busyNote->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_busyNote->hide();
    layout->addWidget(m_busyNote);

    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("You looked on the server and this subscription was not created: send it with Resume"));
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_forget->setToolTip(tr("Forget the selected change (for example a create you found on the server)"));
    m_sendAgain->setVisible(m_journal != nullptr);
    m_forget->setVisible(m_journal != nullptr);
    auto *rowActions = new QHBoxLayout;
    rowActions->addWidget(m_sendAgain);
    rowActions->addWidget(m_forget);
    rowActions->addStretch(1);
    layout->addLayout(rowActions);
    connect(m_sendAgain, &QPushButton::clicked, this, &PendingWritesDialog::sendCurrentAgain);
    connect(m_forget, &QPushButton::clicked, this, &PendingWritesDialog::forgetCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PendingWritesDialog::updateButtons);

    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
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
    updateButtons();
    resize(760, 400);
}

void PendingWritesDialog::fillRow(int row)
{
    const JournalEntry &e = m_entries.at(row);
    const QString target = e.write.subscriptionId ? tr("#%1").arg(*e.write.subscriptionId)
                                                  : e.write.body.value(QStringLiteral("url")).toString();
    auto *what = new QTableWidgetItem(JournalCodec::describe(e.write));
    if (e.isUncertain())
        what->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    m_table->setItem(row, 0, what);
    m_table->setItem(row, 1, new QTableWidgetItem(target));
    m_table->setItem(row, 2, new QTableWidgetItem(e.isUncertain() ? uncertainNote() : JournalCodec::describeState(e)));
    m_table->setItem(row, 3, new QTableWidgetItem(TimeText::format(e.createdAt)));
}

void PendingWritesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    m_sendAgain->setEnabled(valid && m_entries.at(row).isUncertain());
    m_forget->setEnabled(valid);
    m_resume->setEnabled(resumableCount() > 0);
    int uncertain = 0;
    for (const JournalEntry &e : std::as_const(m_entries))
        uncertain += e.isUncertain() ? 1 : 0;
    m_uncertainNote->setVisible(uncertain > 0);
    m_uncertainNote->setText(tr("%n create(s) may exist on the server: check the subscription list before "
                                "creating them again. Resume does not send them; if one is not on the server, "
                                "select it and choose \"Checked: Send Again\".",
                                nullptr, uncertain));
}

void PendingWritesDialog::sendCurrentAgain()
{
    const int row = m_table->currentRow();
    if (!m_journal || row < 0 || row >= m_entries.size() || !m_entries.at(row).isUncertain())
        return;
    if (!m_journal->requeue(m_entries.at(row).seq))
        return;
    if (const auto updated = m_journal->entry(m_entries.at(row).seq))
        m_entries[row] = *updated;
    fillRow(row);
    updateButtons();
}

void PendingWritesDialog::forgetCurrent()
{
    const int row = m_table->currentRow();
    if (!m_journal || row < 0 || row >= m_entries.size())
        return;
    if (!m_journal->discard(m_entries.at(row).seq))
        return;
    m_entries.removeAt(row);
    m_table->removeRow(row);
    updateButtons();
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

void PendingWritesDialog::setBusyCheck(BusyCheck check)
{
    m_busyCheck = std::move(check);
    showBusy(m_busyCheck ? m_busyCheck() : QString());
}

bool PendingWritesDialog::showBusy(const QString &why)
{
    m_busyNote->setText(why);
    m_busyNote->setVisible(!why.isEmpty());
    return why.isEmpty();
}

void PendingWritesDialog::choose(Choice choice)
{
    if (m_decided)
        return;
    // Checked at the last moment: the other program may have finished (or started) meanwhile.
    if (choice != Choice::Later && m_busyCheck && !showBusy(m_busyCheck()))
        return;
    m_decided = true;
    Q_EMIT chosen(choice);
    if (choice == Choice::Later)
        reject();
    else
        accept();
}
