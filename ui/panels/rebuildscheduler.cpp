// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "rebuildscheduler.h"

#include <QTimer>

namespace sw::ui {

RebuildScheduler::RebuildScheduler(QObject *parent, std::function<void()> rebuild)
    : QObject(parent)
    , m_rebuild(std::move(rebuild))
{ }

void RebuildScheduler::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            m_rebuild();
    });
}

} // namespace sw::ui
