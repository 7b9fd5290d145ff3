// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "compare/comparisonmodel.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace sw::ui {

/// Lists what the comparison found: shared passages (snippet, kind, the outlets carrying
/// them) and the "only here" passages grouped by outlet. Activating an entry jumps there.
class PassagesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PassagesDock(QWidget *parent = nullptr);

    void setModel(const ComparisonModelPtr &model);
    QTreeWidget *tree() const { return m_tree; }
    /// Selects the entry of `passage` without emitting a jump.
    void selectPassage(int passage);

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_shared = nullptr;
    bool m_selecting = false;
};

} // namespace sw::ui
