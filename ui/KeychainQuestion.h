#pragma once

#include "credentials/KeychainResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

// Reading or storing a profile's key in the keychain failed: the keyring's prompt was cancelled,
// or there is no usable keychain. Try Again repeats the keychain operation (the keyring prompts
// again); Use for This Session Only keeps the key in memory until the console closes (where a key
// was to be read, the user types it); Cancel leaves everything as it was. The main text is plain
// words; the keychain's own technical text is behind the box's Show Details…. Windows take a
// Handler (and a KeyEntry) so that tests answer without a modal dialog; ask() is what the program uses.
class KeychainQuestion
{
    Q_DECLARE_TR_FUNCTIONS(KeychainQuestion)
public:
    enum class Choice { TryAgain, SessionOnly, Cancel };
    enum class Operation { Read, Store };

    struct Question
    {
        QString title;
        QString text;  // what happened, in plain words
        QString informativeText;  // what each answer does
        QString detail;  // behind Show Details…; empty: no details
        bool offerSessionOnly = false;
    };
    using Handler = std::function<Choice(QWidget *parent, const Question &question)>;
    // Asks for the key of a profile to use for this session only; empty when the user declined.
    using KeyEntry = std::function<QByteArray(QWidget *parent, const QString &profile)>;

    // The question after `result` failed reading or storing the key of `profile`. Use for This
    // Session Only is offered only where a key is at hand or can be typed (offerSessionOnly).
    static Question question(const KeychainResult &result, Operation operation, const QString &profile,
                             bool offerSessionOnly);
    // The box ask() shows (tests look at its buttons without running it).
    static std::unique_ptr<QMessageBox> box(QWidget *parent, const Question &question);
    static Choice ask(QWidget *parent, const Question &question);
    static QByteArray askKey(QWidget *parent, const QString &profile);
};
