// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/occurrencefinder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sw {
class Project;
}

namespace sw::ui {

/// "Tag all occurrences": every place in every article where the entity's name or an alias
/// (or, for a new entity, the selected text) occurs, each with a check box and its context.
/// Places already inside a tag of the entity's type are not proposed. Apply tags the checked
/// ones in one undoable step (ProjectEditor::tagAll). Non-modal.
class TagAllDialog : public QDialog
{
    Q_OBJECT

public:
    /// For an existing entity (`entityId`), or a new one named `name` (type chosen in the dialog).
    TagAllDialog(Project *project, const QString &entityId, const QString &name, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QComboBox *typeBox() const { return m_type; }
    const QList<Occurrence> &occurrences() const { return m_occurrences; }
    /// Tags the checked occurrences; returns how many were tagged.
    int apply();

Q_SIGNALS:
    void statusMessage(const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void populate();

    Project *m_project;
    QString m_entityId;
    QString m_name;
    QStringList m_names;
    QList<Occurrence> m_occurrences;
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace sw::ui
