// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectreport.h"

#include "project/project.h"
#include "reportbuilder.h"

namespace sw {

ReportModel projectReport(const Project &project)
{
    ReportModel model = ReportBuilder::fromComparison(project.bundle(), project.comparison());
    ReportBuilder::addAnnotations(model, project.store());
    if (!project.filePath().isEmpty())
        model.inputFiles.append(project.filePath());
    return model;
}

} // namespace sw
