#include "ui/KeychainQuestion.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace {
const char *const kChoiceProperty = "keychainChoice";
}

KeychainQuestion::Question KeychainQuestion::question(const KeychainResult &result, Operation operation,
                                                      const QString &profile, bool offerSessionOnly)
{
    Question q;
    q.detail = result.detail;
    q.offerSessionOnly = offerSessionOnly;
    const bool reading = operation == Operation::Read;
    switch (result.status) {
    case KeychainResult::Status::Cancelled:
        // The console runs where the keyring can show its prompt, so a dismissed one was the user's.
        q.title = tr("Keyring Prompt Cancelled");
        q.text = reading
            ? tr("You cancelled the keyring's prompt, so the API key of \"%1\" was not read.").arg(profile)
            : tr("You cancelled the keyring's prompt, so the API key of \"%1\" was not stored.").arg(profile);
        break;
    case KeychainResult::Status::Unavailable:
        q.title = tr("No Keychain Available");
        q.text = result.message;
        break;
    case KeychainResult::Status::Ok:
    case KeychainResult::Status::NotFound:
    case KeychainResult::Status::Failed:
        q.title = tr("Keychain Error");
        q.text = result.message;
        break;
    }
    if (!offerSessionOnly)
        q.informativeText = tr("Try again to ask the keychain once more.");
    else if (reading)
        q.informativeText = tr("Try again to ask the keychain once more, or enter the key and use it for this "
                               "session only: it is then kept in memory and forgotten when the console closes.");
    else
        q.informativeText = tr("Try again to ask the keychain once more, or use the key for this session only: it "
                               "is then kept in memory and forgotten when the console closes.");
    return q;
}

std::unique_ptr<QMessageBox> KeychainQuestion::box(QWidget *parent, const Question &question)
{
    auto box =
        std::make_unique<QMessageBox>(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel, parent);
    box->setInformativeText(question.informativeText);
    if (!question.detail.isEmpty())
        box->setDetailedText(question.detail);
    QPushButton *again = box->addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    again->setProperty(kChoiceProperty, int(Choice::TryAgain));
    if (question.offerSessionOnly) {
        QPushButton *session = box->addButton(tr("Use for This &Session Only"), QMessageBox::ActionRole);
        session->setProperty(kChoiceProperty, int(Choice::SessionOnly));
    }
    // As in every question of the console: the safe answer is the default.
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    return box;
}

KeychainQuestion::Choice KeychainQuestion::ask(QWidget *parent, const Question &question)
{
    const auto shown = box(parent, question);
    shown->exec();
    const QAbstractButton *clicked = shown->clickedButton();
    const QVariant choice = clicked ? clicked->property(kChoiceProperty) : QVariant();
    return choice.isValid() ? Choice(choice.toInt()) : Choice::Cancel;
}

QByteArray KeychainQuestion::askKey(QWidget *parent, const QString &profile)
{
    bool ok = false;
    const QString key =
        QInputDialog::getText(parent, tr("Use for This Session Only"),
                              tr("The API key of %1, kept in memory until the console closes:").arg(profile),
                              QLineEdit::Password, QString(), &ok);
    return ok ? key.trimmed().toUtf8() : QByteArray();
}
