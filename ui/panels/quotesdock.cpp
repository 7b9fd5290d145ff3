// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotesdock.h"

#include "project/project.h"
#include "project/projecteditor.h"
#include "project/quotesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

QuotesDock::QuotesDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Quotes"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("quotesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Speaker:"), content);
    m_speaker = new QComboBox(content);
    m_speaker->setEnabled(false);
    label->setBuddy(m_speaker);
    auto *remove = new QToolButton(content);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove the selected quote"));
    row->addWidget(label);
    row->addWidget(m_speaker, 1);
    row->addWidget(remove);
    layout->addLayout(row);
    m_model = new QuotesModel(project, this);
    m_tree = new QTreeView(content);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Quotes"));
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(QuotesModel::QuoteColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QuotesModel::WordingColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    const auto jump = [this](const QModelIndex &index) {
        const Annotation *a = m_project->store().annotation(
            index.siblingAtColumn(QuotesModel::QuoteColumn).data(QuotesModel::IdRole).toString());
        if (a && !a->orphaned)
            Q_EMIT jumpRequested(m_project->bundle().indexOf(a->articleId), a->anchor.start, a->anchor.end);
    };
    connect(m_tree, &QTreeView::activated, this, jump);
    connect(m_tree, &QTreeView::clicked, this, jump);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuotesDock::syncSpeaker);
    // The speaker shown follows changes to the current quote.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QuotesDock::syncSpeaker);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuotesDock::syncSpeaker);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotesDock::syncSpeaker);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuotesDock::expandAltered);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { expandAltered({}, 0, m_model->rowCount() - 1); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                expandAltered(topLeft.parent(), topLeft.row(), bottomRight.row());
            });
    connect(m_speaker, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        const QString quote = currentQuoteId();
        if (quote.isEmpty())
            return;
        ProjectEditor(m_project).setSpeaker(quote, m_speaker->currentData().toString());
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const QString quote = currentQuoteId();
        const Annotation *a = m_project->store().annotation(quote);
        if (!a)
            return;
        // Removing a group's entry removes the quote in every outlet, as one step.
        ProjectEditor(m_project).remove({ quote });
    });

    // The speakers to choose from are the project's people.
    connect(project, &Project::reset, this, &QuotesDock::rebuildSpeakers);
    connect(project, &Project::entityAdded, this, &QuotesDock::rebuildSpeakers);
    connect(project, &Project::entityChanged, this, &QuotesDock::rebuildSpeakers);
    connect(project, &Project::entityRemoved, this, &QuotesDock::rebuildSpeakers);
    rebuildSpeakers();
    expandAltered({}, 0, m_model->rowCount() - 1);
}

void QuotesDock::expandAltered(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int r = first; r <= last; ++r) {
        const QModelIndex row = m_model->index(r, QuotesModel::QuoteColumn);
        if (row.data(QuotesModel::AlteredRole).toBool())
            m_tree->expand(row);
    }
}

QString QuotesDock::currentQuoteId() const
{
    return m_tree->currentIndex()
        .siblingAtColumn(QuotesModel::QuoteColumn)
        .data(QuotesModel::IdRole)
        .toString();
}

void QuotesDock::rebuildSpeakers()
{
    m_updating = true;
    m_speaker->clear();
    m_speaker->addItem(tr("(no speaker)"), QString());
    QList<const Entity *> people;
    for (const Entity &e : m_project->store().entities) {
        if (e.typeId == EntityType::Person)
            people.append(&e);
    }
    std::sort(people.begin(), people.end(),
              [](const Entity *a, const Entity *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Entity *e : std::as_const(people))
        m_speaker->addItem(e->name, e->id);
    m_updating = false;
    syncSpeaker();
}

void QuotesDock::syncSpeaker()
{
    const Annotation *a = m_project->store().annotation(currentQuoteId());
    m_updating = true;
    m_speaker->setEnabled(a != nullptr);
    m_speaker->setCurrentIndex(a ? std::max(0, m_speaker->findData(a->entityId)) : 0);
    m_updating = false;
}

} // namespace sw::ui
