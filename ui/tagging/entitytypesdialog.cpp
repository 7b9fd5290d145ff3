// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitytypesdialog.h"

#include "project/project.h"
#include "project/projectcommands.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace sw::ui {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

EntityTypesDialog::EntityTypesDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_color(0xe3, 0x77, 0xc2)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Entity Types"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Entity types"));
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("New type, e.g. Vessel"));
    m_colorButton = new QPushButton(this);
    m_colorButton->setAccessibleName(tr("Colour of the new type"));
    auto *add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    row->addWidget(m_name, 1);
    row->addWidget(m_colorButton);
    row->addWidget(add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &EntityTypesDialog::addType);
    connect(m_name, &QLineEdit::returnPressed, this, &EntityTypesDialog::addType);
    connect(m_remove, &QPushButton::clicked, this, &EntityTypesDialog::removeSelected);
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QColorDialog(m_color, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this, &EntityTypesDialog::setColor);
        dialog->open();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        m_remove->setEnabled(item && !EntityType::isBuiltInId(item->data(Qt::UserRole).toString()));
    });
    connect(project, &Project::entityTypeAdded, this, &EntityTypesDialog::rebuild);
    connect(project, &Project::entityTypeRemoved, this, &EntityTypesDialog::rebuild);
    connect(project, &Project::entityTypeChanged, this, &EntityTypesDialog::rebuild);
    connect(project, &Project::reset, this, &EntityTypesDialog::rebuild);
    setColor(m_color);
    rebuild();
    resize(420, 320);
}

void EntityTypesDialog::setColor(const QColor &color)
{
    m_color = color;
    m_colorButton->setIcon(swatch(color));
    m_colorButton->setText(color.name());
}

void EntityTypesDialog::rebuild()
{
    m_list->clear();
    for (const EntityType &type : m_project->store().entityTypes) {
        auto *item = new QListWidgetItem(
            swatch(type.color), type.builtIn ? tr("%1 (built in)").arg(type.name) : type.name, m_list);
        item->setData(Qt::UserRole, type.id);
    }
    m_remove->setEnabled(false);
}

QString EntityTypesDialog::addType()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return {};
    auto command = std::make_unique<AddEntityTypeCommand>(m_project, name, m_color);
    const QString id = command->typeId();
    if (!m_project->push(std::move(command)))
        return {};
    m_name->clear();
    return id;
}

void EntityTypesDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_project->push(
        std::make_unique<RemoveEntityTypeCommand>(m_project, item->data(Qt::UserRole).toString()));
}

} // namespace sw::ui
