#pragma once

#include "annotate/occurrencefinder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace sw {
class Project;
}

namespace sw::ui {

/// "Tag all occurrences": every place in every article where the entity's name or an alias
/// (or, for a new entity, the selected text) occurs, each with a check box and its context.
/// Already tagged places are listed but cannot be checked. Apply tags the checked ones in one
/// undoable step. Non-modal.
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

public Q_SLOTS:
    void accept() override;

private:
    Project *m_project;
    QString m_entityId;
    QString m_name;
    QList<Occurrence> m_occurrences;
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace sw::ui
