// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitychooser.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sw::ui {

EntityChooser::EntityChooser(Project *project, const QString &selectedText, QWidget *parent,
                             const QString &typeId)
    : QDialog(parent)
    , m_project(project)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Tag \u201c%1\u201d").arg(selectedText));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    for (const EntityType &type : project->store().entityTypes)
        m_type->addItem(type.name, type.id);
    m_name = new QLineEdit(this);
    m_name->setText(selectedText);
    m_name->selectAll();
    auto *completer = new QCompleter(completionNames(project), m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    // "Okafor — Mara Okafor" completes to the canonical name.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        const QString sep = QStringLiteral(" \u2014 ");
        const qsizetype at = text.indexOf(sep);
        if (at >= 0)
            m_name->setText(text.mid(at + sep.size()));
    });
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Entity:"), m_name);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntityChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntityChooser::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EntityChooser::updateHint);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityChooser::updateHint);
    // Start with the type of an entity the text names, else the suggested one.
    const Entity *named = project->store().entity(ProjectEditor(project).resolveEntity(selectedText));
    const QString startType = named ? named->typeId : typeId;
    if (m_type->findData(startType) >= 0)
        m_type->setCurrentIndex(m_type->findData(startType));
    setFocusProxy(m_name);
    m_name->setFocus();
    updateHint();
}

QStringList EntityChooser::completionNames(const Project *project)
{
    QStringList names;
    for (const Entity &e : project->store().entities) {
        names << e.name;
        for (const QString &alias : e.aliases)
            names << tr("%1 \u2014 %2").arg(alias, e.name);
    }
    return names;
}

QString EntityChooser::matchingEntity() const
{
    return ProjectEditor(m_project).resolveEntity(m_name->text(), m_type->currentData().toString());
}

void EntityChooser::updateHint()
{
    const QString id = matchingEntity();
    const Entity *e = m_project->store().entity(id);
    m_hint->setText(e ? tr("Links to the existing entity \u201c%1\u201d.").arg(e->name)
                      : tr("Creates a new entity."));
}

void EntityChooser::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    Q_EMIT chosen(matchingEntity(), m_type->currentData().toString(), name);
    QDialog::accept();
}

} // namespace sw::ui
