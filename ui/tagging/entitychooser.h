// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sw {
class Project;
}

namespace sw::ui {

/// "Tag as…": pick the type and type the entity's name, with completion over the existing
/// entities and their aliases. Choosing an existing name links to that entity; a new name
/// creates one. Non-modal: the result arrives through chosen().
class EntityChooser : public QDialog
{
    Q_OBJECT

public:
    /// Opens with `typeId` chosen (e.g. the type a suggestion gives the text) unless the text
    /// already names an entity, and with the focus on the name.
    EntityChooser(Project *project, const QString &selectedText, QWidget *parent = nullptr,
                  const QString &typeId = {});

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    /// The entity the typed name refers to (by name or alias, of the chosen type), or empty.
    QString matchingEntity() const;
    /// Every name and alias of the project's entities, for completion ("Okafor — Mara Okafor").
    static QStringList completionNames(const Project *project);

Q_SIGNALS:
    /// entityId is empty for a new entity named `name` of `typeId`.
    void chosen(const QString &entityId, const QString &typeId, const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void updateHint();

    Project *m_project;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sw::ui
