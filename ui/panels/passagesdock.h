// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <QIcon>

class QIdentityProxyModel;
class QModelIndex;
class QTreeView;

namespace sw {
class PassagesModel;
}

namespace sw::ui {

/// Lists what the comparison found: a view on PassagesModel (shared passages with their kind
/// and the outlets carrying them; the "only here" passages grouped by outlet), with a swatch of
/// each kind's highlight colour. Rows are laid out lazily, so thousands of passages cost only
/// what is on screen. Activating an entry jumps there.
class PassagesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PassagesDock(QWidget *parent = nullptr);

    void setModel(PassagesModel *model);
    PassagesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /// The tree's row of a model index (the view shows the model through a proxy).
    QModelIndex viewIndex(const QModelIndex &modelIndex) const;
    /// Selects the entry of `passage` without emitting a jump.
    void selectPassage(int passage);

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void expandGroups();
    void updateIcons();

    PassagesModel *m_model = nullptr;
    QIdentityProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    bool m_selecting = false;
};

} // namespace sw::ui
