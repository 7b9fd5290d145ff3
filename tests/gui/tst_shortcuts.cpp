// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window's keys: the registry's table binds every key once, no two actions of the running
// window share a key where both could fire (Qt then fires neither and prints "Ambiguous shortcut
// overload"), the panes keep their selection keys, and both redo keys redo.
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "project/documentcontroller.h"
#include "project/project.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace sw;
using namespace sw::ui;

namespace {

const QString Example = QStringLiteral(SW_EXAMPLES "/harbour-fire");

// Where a key can fire: the whole window, or only while one of these widgets has focus.
struct Binding
{
    QString name;
    QKeySequence key;
    bool windowWide = false;
    QList<QObject *> widgets;
};

QString nameOf(const QAction *action)
{
    return action->text().isEmpty() ? action->objectName() : action->text().remove(QLatin1Char('&'));
}

QList<Binding> bindings(QWidget *window)
{
    QList<Binding> result;
    for (QAction *action : window->findChildren<QAction *>()) {
        // An action no widget carries cannot fire.
        const QList<QObject *> carriers = action->associatedObjects();
        if (carriers.isEmpty())
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            Binding b { nameOf(action), key, false, carriers };
            b.windowWide = action->shortcutContext() == Qt::WindowShortcut
                || action->shortcutContext() == Qt::ApplicationShortcut;
            result << b;
        }
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        for (const QKeySequence &key : shortcut->keys()) {
            Binding b { QStringLiteral("shortcut of %1")
                            .arg(QLatin1String(shortcut->parent()->metaObject()->className())),
                        key,
                        shortcut->context() == Qt::WindowShortcut
                            || shortcut->context() == Qt::ApplicationShortcut,
                        { shortcut->parent() } };
            result << b;
        }
    }
    return result;
}

bool overlap(const Binding &a, const Binding &b)
{
    if (a.windowWide || b.windowWide)
        return true;
    for (QObject *widget : a.widgets) {
        if (b.widgets.contains(widget))
            return true;
    }
    return false;
}

QStringList ambiguities(QWidget *window)
{
    const QList<Binding> all = bindings(window);
    QStringList found;
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            if (all.at(i).key == all.at(j).key && overlap(all.at(i), all.at(j)))
                found << QStringLiteral("%1: %2 and %3")
                             .arg(all.at(i).key.toString(), all.at(i).name, all.at(j).name);
        }
    }
    return found;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("storyweave-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuts"));
        QSettings().clear();
    }

    void tableBindsEveryKeyOnce()
    {
        QHash<QKeySequence, ActionId> seen;
        for (const MainActions::Entry &entry : MainActions::table()) {
            for (const QKeySequence &key : entry.shortcuts) {
                QVERIFY2(!key.isEmpty(), qPrintable(QString::number(int(entry.id))));
                QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
                seen.insert(key, entry.id);
            }
        }
    }

    void everyRowHasItsAction()
    {
        MainWindow window;
        for (const MainActions::Entry &entry : MainActions::table()) {
            QAction *action = window.actions()->action(entry.id);
            QVERIFY2(action, qPrintable(QString::number(int(entry.id))));
            QCOMPARE(action->shortcuts(), entry.shortcuts);
            QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
            QVERIFY2(window.actions()->menu(MainActions::menuOf(entry.section))->actions().contains(action),
                     qPrintable(nameOf(action)));
        }
    }

    void noAmbiguousShortcutsInTheWindow()
    {
        MainWindow window;
        window.document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
        window.show();
        // With articles open: the panes carry the tagging keys.
        QSignalSpy finished(&window, &MainWindow::analysisFinished);
        window.openPaths({ Example });
        QVERIFY(finished.wait(60000) || finished.count() > 0);
        QVERIFY(window.comparisonView()->paneCount() >= 2);
        const QStringList found = ambiguities(&window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("; "))));
    }

    // The keys that select and move by word in a text widget are never window-wide shortcuts
    // (Ctrl+Shift+Left/Right select by word in the panes and the find bar).
    void textKeysStayWithTheText()
    {
        MainWindow window;
        QList<QKeySequence> textKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right) };
        for (QKeySequence::StandardKey key :
             { QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord, QKeySequence::MoveToNextWord,
               QKeySequence::MoveToPreviousWord, QKeySequence::SelectAll, QKeySequence::Copy,
               QKeySequence::SelectStartOfLine, QKeySequence::SelectEndOfLine })
            textKeys << QKeySequence::keyBindings(key);
        for (const Binding &b : bindings(&window)) {
            if (b.windowWide)
                QVERIFY2(!textKeys.contains(b.key),
                         qPrintable(b.name + QLatin1String(": ") + b.key.toString()));
        }
    }

    void bothRedoKeysRedo_data()
    {
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("Ctrl+Shift+Z") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        QTest::newRow("Ctrl+Y") << QKeySequence(Qt::CTRL | Qt::Key_Y);
    }

    void bothRedoKeysRedo()
    {
        QFETCH(QKeySequence, key);
        MainWindow window;
        window.document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QUndoStack *stack = window.document()->project()->undoStack();
        stack->push(new QUndoCommand(QStringLiteral("step")));
        stack->undo();
        QCOMPARE(stack->index(), 0);
        QVERIFY(window.actions()->action(ActionId::Redo)->shortcuts().contains(key));
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keySequence(target, key);
        QCOMPARE(stack->index(), 1);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
