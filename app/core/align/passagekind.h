// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace sw {

/// How a stretch of an article stands against the other articles: the one kind of the engine's
/// passages, the panes' spans, the passages model, the highlight palette, the preferences' colours
/// and the reports. A leaf header (Qt Core only), so that the palette in util/ can use it too.
enum class PassageKind {
    Verbatim, ///< the same words in the same order (case, quote and dash styles ignored)
    Near, ///< verbatim runs with small word edits between them
    Paraphrase, ///< the same sentence content in other words
    OnlyHere, ///< in no other article (ComparisonResult::unique); never the kind of a Passage
    /// Shared text out of order (PassageSpan::moved). A mark drawn over the shared kinds, with a colour
    /// and a legend entry of its own; never the kind of a passage or a span.
    Moved,
};

/// Every kind, in the order of the enum.
inline constexpr std::array<PassageKind, 5> allPassageKinds
    = { PassageKind::Verbatim, PassageKind::Near, PassageKind::Paraphrase, PassageKind::OnlyHere,
        PassageKind::Moved };

/// The kind's name in files: "verbatim", "near", "paraphrase", "only-here", "moved" (the `kind` of
/// `analyze --format json`, the HTML report's classes).
QString passageKindName(PassageKind kind);
/// The kind's key in the saved preferences (a highlight colour, a hidden legend layer): the name,
/// except "unique" for OnlyHere, the word the settings were first saved under (kept so that the
/// users' preferences keep working).
QString passageKindSettingsKey(PassageKind kind);
/// The kind a name or settings key stands for; nothing for any other word.
std::optional<PassageKind> passageKindFromName(QStringView name);

} // namespace sw
