// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

namespace sw {

class Project;

/// The report of a project: the comparison it keeps (Project::comparison(); empty highlights when
/// it has none), its annotations, and its file as one of the report's inputs. The command line's
/// `export` and the window's Export and Print build their report here, so the same project gives
/// the same report both ways.
ReportModel projectReport(const Project &project);

} // namespace sw
