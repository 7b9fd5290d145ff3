// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>
#include <vector>

namespace sw {

/// Writes compact JSON (the same text QJsonDocument::Compact gives for the same values, keys in
/// the order written) straight into a byte buffer, for outputs too large to build as a
/// QJsonObject tree first: one passage of `analyze --format json` costs a few string appends
/// instead of a tree, a CBOR conversion and a second UTF-16 round trip.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    /// The key of the next value inside an object (ASCII).
    JsonWriter &key(const char *name);
    /// The key of the next value inside an object, escaped as needed.
    JsonWriter &key(QStringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);

    /// `text` as a JSON string literal appended to `out`.
    static void appendString(QByteArray &out, QStringView text);

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate();

    QByteArray &m_out;
    std::vector<bool> m_empty; ///< per open container, whether nothing is in it yet
    bool m_afterKey = false;
};

/// The frame of one streamed array in the command line's JSON documents (`analyze` and `suggest`
/// --format json): a member of the top-level object with one element a line,
/// `  "key": [\n    first,\n    second\n  ]`, or `  "key": []` when empty. The caller writes each
/// element into `out` after `next()` and may take the bytes out of `out` between elements.
class JsonArrayLines
{
public:
    /// Starts the member `key` (ASCII).
    JsonArrayLines(QByteArray &out, const char *key);
    /// Starts the next element's line.
    void next();
    /// Closes the array; `last` when it is the object's last member.
    void end(bool last);

private:
    QByteArray &m_out;
    bool m_empty = true;
};

} // namespace sw
