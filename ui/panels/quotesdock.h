// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/annotation.h"
#include "rebuildscheduler.h"

#include <QDockWidget>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace sw {
class Project;
}

namespace sw::ui {

/// The Quotes dock: each tagged quote with its speaker, the outlets that carry it and whether
/// the wording is exact or altered; under it, each outlet's version with the word differences.
/// The speaker is changed with the combo box above the list. Activating a row jumps to the text.
class QuotesDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1; ///< annotation id (groups: the first member)

    explicit QuotesDock(Project *project, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *speakerBox() const { return m_speaker; }
    void rebuild();
    /// Human-readable word changes: "“building” → “house”; “but” added".
    static QString describeChanges(const QList<WordChange> &changes);

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);

private:
    void rebuildSpeakers();
    void syncSpeaker();
    QString currentQuoteId() const;

    Project *m_project;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_speaker = nullptr;
    RebuildScheduler *m_rebuild = nullptr;
    bool m_updating = false;
};

} // namespace sw::ui
