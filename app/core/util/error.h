// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace sw {

/// What went wrong, as a value: the core never shows dialogs, the UI or CLI decides how to present it.
enum class ErrorKind {
    None,
    NotFound,
    Unreadable,
    Empty,
    TooLarge,
    Binary,
    Unsupported,
    Encoding,
    Corrupt,
    Invalid,
    NewerVersion,
    WriteFailed,
    Cancelled,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; ///< translated, names the file or JSON path when there is one

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace sw
