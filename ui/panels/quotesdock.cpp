// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotesdock.h"

#include "annotate/worddiff.h"
#include "project/project.h"
#include "project/projecteditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

namespace {

QString oneLine(QString text, int max = 120)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

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
    m_tree = new QTreeWidget(content);
    m_tree->setHeaderLabels({ tr("Quote"), tr("Wording") });
    m_tree->setAccessibleName(tr("Quotes"));
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 1; c < 2; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    const auto jump = [this](QTreeWidgetItem *item) {
        const Annotation *a
            = item ? m_project->store().annotation(item->data(0, IdRole).toString()) : nullptr;
        if (a && !a->orphaned)
            Q_EMIT jumpRequested(m_project->bundle().indexOf(a->articleId), a->anchor.start, a->anchor.end);
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, jump);
    connect(m_tree, &QTreeWidget::itemClicked, this, jump);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QuotesDock::syncSpeaker);
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

    m_rebuild = new RebuildScheduler(this, [this] { rebuild(); });
    const auto schedule = [this] { m_rebuild->schedule(); };
    connect(project, &Project::reset, this, schedule);
    connect(project, &Project::entityAdded, this, schedule);
    connect(project, &Project::entityChanged, this, schedule);
    connect(project, &Project::entityRemoved, this, schedule);
    connect(project, &Project::annotationAdded, this, schedule);
    connect(project, &Project::annotationChanged, this, schedule);
    connect(project, &Project::annotationRemoved, this, schedule);
    rebuild();
}

QString QuotesDock::describeChanges(const QList<WordChange> &changes)
{
    QStringList parts;
    for (const WordChange &c : changes) {
        if (c.before.isEmpty())
            parts << tr("\u201c%1\u201d added").arg(c.after);
        else if (c.after.isEmpty())
            parts << tr("\u201c%1\u201d left out").arg(c.before);
        else
            parts << tr("\u201c%1\u201d \u2192 \u201c%2\u201d").arg(c.before, c.after);
    }
    return parts.join(QStringLiteral("; "));
}

QString QuotesDock::currentQuoteId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
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
}

void QuotesDock::syncSpeaker()
{
    const Annotation *a = m_project->store().annotation(currentQuoteId());
    m_updating = true;
    m_speaker->setEnabled(a != nullptr);
    m_speaker->setCurrentIndex(a ? std::max(0, m_speaker->findData(a->entityId)) : 0);
    m_updating = false;
}

void QuotesDock::rebuild()
{
    m_rebuild->done();
    const QString current = currentQuoteId();
    rebuildSpeakers();
    m_tree->clear();
    const AnnotationStore &store = m_project->store();
    QStringList groups;
    for (const Annotation &a : store.annotations) {
        if (a.kind == AnnotationKind::Quote && !groups.contains(a.quoteGroup))
            groups << a.quoteGroup;
    }
    QTreeWidgetItem *currentItem = nullptr;
    for (const QString &group : std::as_const(groups)) {
        QList<Annotation> members = store.quoteGroup(group);
        if (members.isEmpty())
            continue;
        const Annotation &first = members.first();
        const Entity *speaker = store.entity(first.entityId);
        QStringList outlets;
        bool altered = false;
        // Each version against the group's first wording by WordDiff's rule, as the report compares
        // them (not the flags stored when the quote was tagged, which an edited source outdates).
        QHash<QString, QList<WordChange>> changesOf;
        for (const Annotation &m : std::as_const(members)) {
            const Article *article = m_project->article(m.articleId);
            outlets << (article ? article->outlet : m.articleId);
            if (m.id == first.id || m.orphaned)
                continue;
            const QList<WordChange> changes = WordDiff::diff(first.anchor.exact, m.anchor.exact);
            altered = altered || !changes.isEmpty();
            changesOf.insert(m.id, changes);
        }
        const int n = int(members.size());
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0,
                      speaker ? tr("%1: \u201c%2\u201d").arg(speaker->name, oneLine(first.anchor.exact))
                              : tr("Unknown speaker: \u201c%1\u201d").arg(oneLine(first.anchor.exact)));
        item->setToolTip(0, first.anchor.exact);
        item->setText(1, altered ? tr("altered") : tr("exact"));
        item->setToolTip(1, tr("In %n outlet(s): %1", nullptr, n).arg(outlets.join(QStringLiteral(", "))));
        item->setData(0, IdRole, first.id);
        if (altered) {
            item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        if (first.id == current)
            currentItem = item;
        for (const Annotation &m : std::as_const(members)) {
            const Article *article = m_project->article(m.articleId);
            const QString outlet = article ? article->outlet : m.articleId;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("%1: \u201c%2\u201d").arg(outlet, oneLine(m.anchor.exact)));
            child->setToolTip(0, m.anchor.exact);
            child->setData(0, IdRole, m.id);
            // Differences against the group's first wording (the one tagged first).
            const QList<WordChange> changes = changesOf.value(m.id);
            if (m.orphaned) {
                child->setText(1, tr("orphaned"));
            } else if (m.id == first.id && altered) {
                child->setText(1, tr("reference"));
                child->setToolTip(1, tr("The other outlets' wording is compared with this one."));
            } else if (!changes.isEmpty()) {
                child->setText(1, tr("altered"));
                child->setText(0, tr("%1: %2").arg(outlet, describeChanges(changes)));
                child->setToolTip(0, m.anchor.exact);
                child->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            } else {
                child->setText(1, tr("exact"));
            }
            if (m.id == current)
                currentItem = child;
        }
        item->setExpanded(altered);
    }
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    syncSpeaker();
}

} // namespace sw::ui
