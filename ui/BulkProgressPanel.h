#pragma once

#include "ui/BulkJobRunner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Progress of the running bulk job under the subscriptions table: a progress bar, what is being
// done with counts and an ETA from the rate limiter, a Cancel button, and the failures with reasons.
class BulkProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BulkProgressPanel(QWidget *parent = nullptr);

    void setRunner(BulkJobRunner *runner);
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QListWidget *failureList() const { return m_failures; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update(const BulkJobProgress &progress);

    QPointer<BulkJobRunner> m_runner;
    QProgressBar *m_bar;
    QLabel *m_text;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QListWidget *m_failures;
};
