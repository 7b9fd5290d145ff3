// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "notedialog.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw::ui {

NoteDialog::NoteDialog(Project *project, const TextTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_target(target)
{
    const Article *article = project->article(target.articleId);
    build(article ? article->text.mid(target.start, target.end - target.start) : QString(), {});
    setWindowTitle(tr("Add Note"));
}

NoteDialog::NoteDialog(Project *project, const QString &noteId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_noteId(noteId)
{
    const Annotation *note = project->store().annotation(noteId);
    build(note ? note->anchor.exact : QString(), note ? note->text : QString());
    setWindowTitle(tr("Edit Note"));
}

void NoteDialog::build(const QString &quoted, const QString &text)
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("Note on \u201c%1\u201d:").arg(quoted.size() > 80 ? quoted.left(79) + QChar(0x2026) : quoted),
        this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setPlainText(text);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("e.g. unverified, check with source"));
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(420, 220);
}

void NoteDialog::accept()
{
    const QString text = m_edit->toPlainText().trimmed();
    ProjectEditor editor(m_project);
    if (!m_noteId.isEmpty())
        editor.editNote(m_noteId, text);
    else if (!text.isEmpty())
        editor.addNote(m_target, text);
    QDialog::accept();
}

} // namespace sw::ui
