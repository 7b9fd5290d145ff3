// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QToolBar;

namespace sw::ui {

class ComparisonView;
class EntitiesDock;
class MainActions;
class NotesDock;
class OrphansDock;
class QuotesDock;
class TagController;

/// Puts the annotation work into a main window: the Entities, Quotes, Notes and Orphans docks
/// (jumping to the text in the panes), the tagging toolbar and the tagging entries of the
/// Edit and View menus. Keeps MainWindow free of the wiring.
class AnnotationPanels : public QObject
{
    Q_OBJECT

public:
    AnnotationPanels(QMainWindow *window, TagController *tagging, ComparisonView *view);

    /// Hands the tagging actions (Edit menu), the dock and toolbar toggles and the suggestion switch
    /// (View menu) to the window's registry.
    void registerActions(MainActions *actions);

    EntitiesDock *entities() const { return m_entities; }
    QuotesDock *quotes() const { return m_quotes; }
    NotesDock *notes() const { return m_notes; }
    OrphansDock *orphans() const { return m_orphans; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    TagController *m_tagging;
    EntitiesDock *m_entities;
    QuotesDock *m_quotes;
    NotesDock *m_notes;
    OrphansDock *m_orphans;
    QToolBar *m_toolBar;
};

} // namespace sw::ui
