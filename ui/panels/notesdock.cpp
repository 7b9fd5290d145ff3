#include "notesdock.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw::ui {

NotesDock::NotesDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Notes"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("notesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *row = new QHBoxLayout;
    auto *edit = new QToolButton(content);
    edit->setText(tr("Edit\u2026"));
    auto *remove = new QToolButton(content);
    remove->setText(tr("Remove"));
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    m_tree = new QTreeWidget(content);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Note"), tr("On"), tr("Outlet") });
    m_tree->setAccessibleName(tr("Notes"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
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
    connect(edit, &QToolButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editNoteRequested(currentId());
    });
    connect(remove, &QToolButton::clicked, this,
            [this] { ProjectEditor(m_project).remove({ currentId() }); });
    m_rebuild = new RebuildScheduler(this, [this] { rebuild(); });
    const auto schedule = [this] { m_rebuild->schedule(); };
    connect(project, &Project::reset, this, schedule);
    connect(project, &Project::annotationAdded, this, schedule);
    connect(project, &Project::annotationChanged, this, schedule);
    connect(project, &Project::annotationRemoved, this, schedule);
    rebuild();
}

QString NotesDock::currentId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
}

void NotesDock::rebuild()
{
    m_rebuild->done();
    const QString current = currentId();
    m_tree->clear();
    for (const Annotation &a : m_project->store().annotations) {
        if (a.kind != AnnotationKind::Note)
            continue;
        const Article *article = m_project->article(a.articleId);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, a.text);
        item->setToolTip(0, a.text);
        QString on = a.anchor.exact;
        on.replace(QLatin1Char('\n'), QLatin1Char(' '));
        item->setText(1, on.size() > 50 ? on.left(49) + QChar(0x2026) : on);
        item->setToolTip(1, a.anchor.exact);
        item->setText(2, article ? article->outlet : a.articleId);
        item->setData(0, IdRole, a.id);
        if (a.orphaned)
            item->setText(2, tr("%1 (orphaned)").arg(item->text(2)));
        if (a.id == current)
            m_tree->setCurrentItem(item);
    }
}

} // namespace sw::ui
