// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpanels.h"

#include "compare/comparisonview.h"
#include "mainactions.h"
#include "panels/entitiesdock.h"
#include "panels/notesdock.h"
#include "panels/orphansdock.h"
#include "panels/quotesdock.h"
#include "project/project.h"
#include "tagcontroller.h"

#include <QAction>
#include <QMainWindow>
#include <QToolBar>

namespace sw::ui {

AnnotationPanels::AnnotationPanels(QMainWindow *window, TagController *tagging, ComparisonView *view)
    : QObject(window)
    , m_tagging(tagging)
{
    Project *project = tagging->project();
    m_entities = new EntitiesDock(project, window);
    m_quotes = new QuotesDock(project, window);
    m_notes = new NotesDock(project, window);
    m_orphans = new OrphansDock(project, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_entities);
    window->addDockWidget(Qt::RightDockWidgetArea, m_quotes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_notes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_orphans);
    window->tabifyDockWidget(m_entities, m_quotes);
    window->tabifyDockWidget(m_quotes, m_notes);
    window->tabifyDockWidget(m_notes, m_orphans);
    m_entities->raise();
    // Orphans matter only after a source changed: shown when there are some.
    m_orphans->hide();
    connect(project, &Project::orphansChanged, this, [this, project] {
        if (!project->store().orphans().isEmpty()) {
            m_orphans->show();
            m_orphans->raise();
        }
    });
    connect(project, &Project::reset, this, [this, project] {
        if (!project->store().orphans().isEmpty()) {
            m_orphans->show();
            m_orphans->raise();
        }
    });

    connect(m_entities, &EntitiesDock::jumpRequested, view, &ComparisonView::jumpTo);
    connect(m_quotes, &QuotesDock::jumpRequested, view, &ComparisonView::jumpTo);
    connect(m_notes, &NotesDock::jumpRequested, view, &ComparisonView::jumpTo);
    connect(m_orphans, &OrphansDock::jumpRequested, view, &ComparisonView::jumpTo);
    connect(m_entities, &EntitiesDock::tagAllRequested, tagging,
            [tagging](const QString &id) { tagging->openTagAll(id); });
    connect(m_notes, &NotesDock::editNoteRequested, tagging,
            [tagging](const QString &id) { tagging->openNoteDialog(id); });
    m_orphans->setSelectionProvider([tagging](QString *articleId, int *start, int *end) {
        const auto sel = tagging->currentSelection();
        if (!sel)
            return false;
        *articleId = sel->articleId;
        *start = sel->start;
        *end = sel->end;
        return true;
    });

    m_toolBar = new QToolBar(tr("Tagging"), window);
    m_toolBar->setObjectName(QStringLiteral("taggingToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : { tagging->tagPersonAction(), tagging->tagPlaceAction(),
                             tagging->tagOrganisationAction(), tagging->tagQuoteAction() }) {
        m_toolBar->addAction(action);
        action->setToolTip(tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_toolBar->addSeparator();
    const QList<QAction *> more = tagging->menuActions();
    for (QAction *action : more) {
        if (action->text().contains(QStringLiteral("\u2026")))
            m_toolBar->addAction(action);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(tagging->showSuggestionsAction());
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void AnnotationPanels::registerActions(MainActions *actions)
{
    actions->adopt(ActionId::TagAs, m_tagging->tagAsAction());
    actions->adopt(ActionId::TagAll, m_tagging->tagAllAction());
    actions->adopt(ActionId::AddNote, m_tagging->addNoteAction());
    actions->place(Section::EditTagging, m_tagging->menuActions());
    actions->place(Section::ViewDocks,
                   { m_entities->toggleViewAction(), m_quotes->toggleViewAction(),
                     m_notes->toggleViewAction(), m_orphans->toggleViewAction(),
                     m_toolBar->toggleViewAction() });
    actions->adopt(ActionId::ShowSuggestions, m_tagging->showSuggestionsAction());
}

} // namespace sw::ui
