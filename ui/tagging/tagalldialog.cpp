// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tagalldialog.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
constexpr int ContextChars = 40;
}

TagAllDialog::TagAllDialog(Project *project, const QString &entityId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_entityId(entityId)
    , m_name(name)
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 420);
    const Entity *entity = project->store().entity(entityId);
    const QStringList names = entity ? entity->allNames() : QStringList { name };
    setWindowTitle(tr("Tag All Occurrences of \u201c%1\u201d").arg(entity ? entity->name : name));

    auto *layout = new QVBoxLayout(this);
    if (!entity) {
        auto *row = new QHBoxLayout;
        m_type = new QComboBox(this);
        for (const EntityType &type : project->store().entityTypes)
            m_type->addItem(type.name, type.id);
        auto *label = new QLabel(tr("Tag as &type:"), this);
        label->setBuddy(m_type);
        row->addWidget(label);
        row->addWidget(m_type, 1);
        layout->addLayout(row);
    }
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Occurrences"));
    layout->addWidget(m_list, 1);

    m_names = names;
    populate();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *applyButton = buttons->addButton(tr("&Tag Checked"), QDialogButtonBox::AcceptRole);
    m_apply = applyButton;
    m_apply->setEnabled(m_list->count() > 0);
    if (m_type)
        connect(m_type, &QComboBox::currentIndexChanged, this, &TagAllDialog::populate);
    QPushButton *all = buttons->addButton(tr("Check &All"), QDialogButtonBox::ActionRole);
    QPushButton *none = buttons->addButton(tr("Check &None"), QDialogButtonBox::ActionRole);
    const auto setAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->flags() & Qt::ItemIsUserCheckable)
                m_list->item(i)->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TagAllDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagAllDialog::reject);
    layout->addWidget(buttons);
}

void TagAllDialog::populate()
{
    const Entity *entity = m_project->store().entity(m_entityId);
    const QString typeId = entity ? entity->typeId
        : m_type                  ? m_type->currentData().toString()
                                  : QString(EntityType::Person);
    // Text already inside a tag of this type ("Perry" in a tagged "Katy Perry") is not proposed.
    m_occurrences = ProjectEditor(m_project).tagAllCandidates(m_names, typeId);
    m_list->clear();
    for (const Occurrence &o : std::as_const(m_occurrences)) {
        const Article &article = m_project->bundle().articles.at(o.article);
        const int from = std::max(0, o.start - ContextChars);
        const int to = std::min<int>(int(article.text.size()), o.end + ContextChars);
        QString context = article.text.mid(from, o.start - from) + QStringLiteral("\u00bb") + o.text
            + QStringLiteral("\u00ab") + article.text.mid(o.end, to - o.end);
        context.replace(QLatin1Char('\n'), QLatin1Char(' '));
        auto *item = new QListWidgetItem(tr("%1: \u2026%2\u2026").arg(article.outlet, context), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_summary->setText(tr("%n place(s) not tagged yet; uncheck those that are not this entity.", nullptr,
                          int(m_occurrences.size())));
    if (m_apply)
        m_apply->setEnabled(!m_occurrences.isEmpty());
}

int TagAllDialog::apply()
{
    QList<TextTarget> targets;
    for (int i = 0; i < m_list->count() && i < m_occurrences.size(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked) {
            const Occurrence &o = m_occurrences.at(i);
            targets.append({ o.articleId, o.start, o.end });
        }
    }
    if (targets.isEmpty())
        return 0;
    const QString typeId = m_type ? m_type->currentData().toString() : QString(EntityType::Person);
    const EditOutcome outcome = ProjectEditor(m_project).tagAll(targets, typeId, m_entityId, m_name);
    if (!outcome.message.isEmpty())
        Q_EMIT statusMessage(outcome.message);
    return outcome.count;
}

void TagAllDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace sw::ui
