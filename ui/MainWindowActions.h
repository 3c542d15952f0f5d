#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>

class LanguageMenu;
class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

// The main window's actions with their shortcuts, and the menus and toolbar that hold them, in
// the current language: retranslate() sets every text, tip and title again after a language
// change. The window connects what each action does. The texts keep the window's translation
// context, where the catalogue has them.
class MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    // The actions are added to the window, so that their shortcuts work wherever the focus is in
    // it; the quick filters, the export, refresh and language menus are made elsewhere and only
    // placed here.
    MainWindowActions(QMainWindow *window, const QList<QAction *> &filterActions, QMenu *exportMenu, QMenu *refreshMenu,
                      LanguageMenu *language);

    QAction *action(const char *name) const;
    // The menu of a subscription row (right-click in the list): the Edit menu's row actions.
    QMenu *rowMenu() const { return m_rowMenu; }
    void retranslate();

private:
    void buildActions();
    void buildMenus(const QList<QAction *> &filterActions, QMenu *exportMenu, QMenu *refreshMenu);
    void buildToolBar();

    QMainWindow *m_window;
    QHash<QByteArray, QAction *> m_actions;
    LanguageMenu *m_language;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_bulk = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_help = nullptr;
    QMenu *m_rowMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
