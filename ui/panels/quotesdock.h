// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QModelIndex;
class QTreeView;

namespace sw {
class Project;
class QuotesModel;
} // namespace sw

namespace sw::ui {

/// The Quotes dock: a view on QuotesModel (each tagged quote with its speaker, the outlets that
/// carry it and whether the wording is exact or altered; under it, each outlet's version with
/// the word differences; altered quotes open). The speaker is changed with the combo box above
/// the list. Activating a row jumps to the text.
class QuotesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit QuotesDock(Project *project, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QuotesModel *model() const { return m_model; }
    QComboBox *speakerBox() const { return m_speaker; }

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);

private:
    void rebuildSpeakers();
    void syncSpeaker();
    /// Opens the altered quotes among rows first..last under `parent`.
    void expandAltered(const QModelIndex &parent, int first, int last);
    QString currentQuoteId() const;

    Project *m_project;
    QuotesModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_speaker = nullptr;
    bool m_updating = false;
};

} // namespace sw::ui
