// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace sw {
class Project;
}

namespace sw::ui {

/// Lists the entity types with their colours and adds or removes user-defined ones (name +
/// colour). Each change is an undoable command. Non-modal.
class EntityTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntityTypesDialog(Project *project, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    /// Adds a type with the typed name and the chosen colour; returns its id or empty.
    QString addType();
    void removeSelected();

private:
    void rebuild();

    Project *m_project;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_colorButton = nullptr;
    QPushButton *m_remove = nullptr;
    QColor m_color;
};

} // namespace sw::ui
