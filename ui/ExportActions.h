#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ConsolePage;
class QAction;
class QMenu;
class QWidget;

// File > Export: the subscriptions the table shows (its filter, sort and visible columns) as CSV or
// JSON, and the deliveries of the shown subscription with their attempts as CSV (also on the
// deliveries list's context menu). The contents come from TableExport and DeliveryCsv; this class
// asks for the file, fetches the attempts, writes the file whole or not at all (QSaveFile) and
// says how it went. Exports never hold the API key or a client secret: neither is in a row.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    // Asks where to save; calls `chosen` with the path, or never when the user cancels. Tests
    // replace the file dialog with an answer.
    using FileChooser = std::function<void(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                           const QString &filter, std::function<void(const QString &)> chosen)>;
    // Says that an export failed; tests replace the message box.
    using ErrorHandler = std::function<void(QWidget *parent, const QString &title, const QString &text)>;

    ExportActions(ConsolePage *console, QWidget *window);

    QMenu *menu() const { return m_menu; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setErrorHandler(ErrorHandler handler) { m_error = std::move(handler); }
    // Connected with the console shown: the actions can act.
    void setAvailable(bool available);
    // The texts in the current language (also on the window's LanguageChange).
    void retranslate();

    // What the actions do once a path is chosen (tests may call them directly).
    bool exportSubscriptionsCsv(const QString &path);
    bool exportSubscriptionsJson(const QString &path);
    // Asynchronous: the attempts are fetched first; finished() follows either way.
    void exportDeliveriesCsv(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // An export ended: written to `path`, or not (the error was shown).
    void finished(const QString &path, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QString &caption, const QString &baseName, const QString &suffix, const QString &filter,
                const std::function<void(const QString &)> &chosen);
    bool write(const QString &path, const QByteArray &bytes);
    void fail(const QString &path, const QString &reason);
    void updateActions();

    QPointer<ConsolePage> m_console;
    QWidget *m_window;
    FileChooser m_chooser;
    ErrorHandler m_error;
    QMenu *m_menu;
    QAction *m_subscriptionsCsv;
    QAction *m_subscriptionsJson;
    QAction *m_deliveriesCsv;
    QAction *m_deliveriesListCsv;  // the same, on the deliveries list's context menu
    bool m_available = false;
    bool m_fetching = false;  // the attempts of an export are on their way
    quint64 m_generation = 0;  // of the deliveries export: only its own answer ends it
};
