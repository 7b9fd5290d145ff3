// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <functional>

namespace sw::ui {

/// Coalesces bursts of model changes into one rebuild of a view: schedule() as often as changes
/// arrive, and the rebuild runs once, in the next turn of the event loop. A view that rebuilds on
/// its own calls done() at the start of its rebuild, so a scheduled one does not follow it.
class RebuildScheduler : public QObject
{
public:
    RebuildScheduler(QObject *parent, std::function<void()> rebuild);

    void schedule();
    void done() { m_pending = false; }

private:
    std::function<void()> m_rebuild;
    bool m_pending = false;
};

} // namespace sw::ui
