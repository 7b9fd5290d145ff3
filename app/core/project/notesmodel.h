// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QStringList>

namespace sw {

class Project;

/// The project's notes as a table (Qt Core only, for any view): the note, the text it is about
/// and the article's outlet, in the order of the annotation store. Follows the document's signals
/// row by row (a note added, changed or removed inserts, updates or removes one row; a new bundle
/// or file resets the model), so a view keeps its selection and scroll position.
class NotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NoteColumn, OnColumn, OutletColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; ///< the note's annotation id
    static constexpr int OrphanedRole = Qt::UserRole + 2; ///< bool: could not be placed again

    explicit NotesModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString noteId(int row) const { return m_ids.value(row); }
    int rowOf(const QString &noteId) const { return int(m_ids.indexOf(noteId)); }

private:
    void reload();
    /// Brings the row of one annotation in line with the store: inserted, updated or removed.
    void sync(const QString &annotationId);
    void syncAll();
    bool isNote(const QString &annotationId) const;

    Project *m_project;
    QStringList m_ids; ///< the notes shown, in store order
};

} // namespace sw
