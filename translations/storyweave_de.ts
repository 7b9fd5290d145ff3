<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sw::AcceptSuggestionCommand</name>
    <message>
        <source>Accept suggestion “%1”</source>
        <translation>Vorschlag „%1“ annehmen</translation>
    </message>
</context>
<context>
    <name>sw::AddEntityCommand</name>
    <message>
        <source>Add entity “%1”</source>
        <translation>Entität „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>sw::AddEntityTypeCommand</name>
    <message>
        <source>Add entity type “%1”</source>
        <translation>Entitätstyp „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>sw::AddMentionsCommand</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
            <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::AddNoteCommand</name>
    <message>
        <source>Add note “%1”</source>
        <translation>Notiz „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>sw::AddQuoteCommand</name>
    <message>
        <source>Tag quote “%1”</source>
        <translation>Zitat „%1“ markieren</translation>
    </message>
</context>
<context>
    <name>sw::Autosaver</name>
    <message>
        <source>%1: cannot write the autosave snapshot: %2</source>
        <translation>%1: Die automatische Sicherung kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the autosave folder.</source>
        <translation>%1: Der Ordner für automatische Sicherungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: the autosave lock is held by another process.</source>
        <translation>%1: Die Sperre der automatischen Sicherung wird von einem anderen Prozess gehalten.</translation>
    </message>
</context>
<context>
    <name>sw::BundleLoader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); article details were taken from the files instead.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3); die Artikelangaben wurden stattdessen den Dateien entnommen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation>%1 ist ein Ordner, kein Artikel.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3).</source>
        <translation>%1 ist zu groß (%2; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>%1 is too large (the limit is %2).</source>
        <translation>%1 ist zu groß (die Grenze liegt bei %2).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 contains no readable text.</source>
        <translation>%1 enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>%1 contains no articles (.txt, .md or .html files).</source>
        <translation>%1 enthält keine Artikel (.txt-, .md- oder .html-Dateien).</translation>
    </message>
    <message>
        <source>%1 could not be read: it is not a regular file (a pipe, socket or device).</source>
        <translation>%1 kann nicht gelesen werden: Es ist keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät).</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3); article details were taken from the files instead.</source>
        <translation>%1 ist zu groß (%2; die Grenze liegt bei %3); die Angaben zu den Artikeln wurden stattdessen den Dateien entnommen.</translation>
    </message>
    <message>
        <source>%1 was not read: it lies outside the bundle folder %2 (named by bundle.json or reached through a link). Name it on its own to read it.</source>
        <translation>%1 wurde nicht gelesen: Die Datei liegt außerhalb des Bündelordners %2 (von bundle.json genannt oder über einen Link erreicht). Geben Sie sie einzeln an, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The HTML is nested more than %1 elements deep; the deeper tags were ignored and their text kept.</source>
        <translation>Das HTML ist mehr als %1 Elemente tief verschachtelt; die tieferen Tags wurden übergangen, ihr Text blieb erhalten.</translation>
    </message>
    <message>
        <source>A file named “%1” in %2 was not read: its name is not valid UTF-8. Rename it to read it.</source>
        <translation>Eine Datei namens „%1“ in %2 wurde nicht gelesen: Ihr Name ist kein gültiges UTF-8. Benennen Sie sie um, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>sw::DeleteOrphanCommand</name>
    <message>
        <source>Delete orphaned “%1”</source>
        <translation>Verwaistes „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sw::EditNoteCommand</name>
    <message>
        <source>Edit note “%1”</source>
        <translation>Notiz „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>sw::EntitiesModel</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sw::EntityMatrixModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n mention(s)</source>
        <translation>
            <numerusform>%1 in %2: %n Erwähnung</numerusform>
            <numerusform>%1 in %2: %n Erwähnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::EntityType</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>sw::MergeEntitiesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>sw::NotesModel</name>
    <message>
        <source>%1 (orphaned)</source>
        <translation>%1 (verwaist)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
</context>
<context>
    <name>sw::OrphansModel</name>
    <message>
        <source>Orphaned text</source>
        <translation>Verwaister Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>…%1»%2«%3…</source>
        <translation>…%1»%2«%3…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Note: %1
%2</source>
        <translation>Notiz: %1
%2</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>sw::PassagesModel</name>
    <message>
        <source>near-verbatim</source>
        <translation>fast wörtlich</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Shared passages (%1)</source>
        <translation>Gemeinsame Passagen (%1)</translation>
    </message>
    <message>
        <source>Only here (%1)</source>
        <translation>Nur hier (%1)</translation>
    </message>
    <message>
        <source>%1, moved, in: %2</source>
        <translation>%1, verschoben, in: %2</translation>
    </message>
    <message>
        <source>%1, in: %2</source>
        <translation>%1, in: %2</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>sw::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>sw::Project</name>
    <message>
        <source>%1: the source file is missing; using the text stored in the project.</source>
        <translation>%1: Die Quelldatei fehlt; der im Projekt gespeicherte Text wird verwendet.</translation>
    </message>
    <message>
        <source>%1 (using the text stored in the project)</source>
        <translation>%1 (im Projekt gespeicherter Text)</translation>
    </message>
    <message>
        <source>%1 changed since the project was saved: %2 annotation(s) moved, %3 orphaned.</source>
        <translation>%1 wurde seit dem Speichern des Projekts geändert: %2 Annotation(en) verschoben, %3 verwaist.</translation>
    </message>
    <message>
        <source>Orphaned annotation in %1: “%2”</source>
        <translation>Verwaiste Annotation in %1: „%2“</translation>
    </message>
    <message>
        <source>%1 changed: %2 annotation(s) moved, %3 orphaned.</source>
        <translation>%1 wurde geändert: %2 Annotation(en) verschoben, %3 verwaist.</translation>
    </message>
    <message>
        <source>No article with id %1 in this project.</source>
        <translation>Dieses Projekt enthält keinen Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 lies outside the project&apos;s folder and is not the text stored in the project; it was not read</source>
        <translation>%1 liegt außerhalb des Projektordners und ist nicht der im Projekt gespeicherte Text; die Datei wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>sw::ProjectEditor</name>
    <message>
        <source>Select a name in one of the articles first.</source>
        <translation>Zuerst in einem der Artikel einen Namen auswählen.</translation>
    </message>
    <message>
        <source>Already tagged</source>
        <translation>Bereits markiert</translation>
    </message>
    <message>
        <source>“%1” added to %2</source>
        <translation>„%1“ zu %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) tagged as %1</source>
        <translation>
            <numerusform>%n Vorkommen als %1 markiert</numerusform>
            <numerusform>%n Vorkommen als %1 markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” tagged as %2</source>
        <translation>„%1“ als %2 markiert</translation>
    </message>
    <message>
        <source>New %1 “%2”</source>
        <translation>Neu: %1 „%2“</translation>
    </message>
    <message>
        <source>Already tagged as a quote</source>
        <translation>Bereits als Zitat markiert</translation>
    </message>
    <message>
        <source>Quote by %1 tagged</source>
        <translation>Zitat von %1 markiert</translation>
    </message>
    <message>
        <source>Quote tagged without a speaker</source>
        <translation>Zitat ohne Sprecher markiert</translation>
    </message>
    <message>
        <source>“%1” does not occur in this article; choose a speaker who is in the project.</source>
        <translation>„%1“ kommt in diesem Artikel nicht vor; einen Sprecher aus dem Projekt wählen.</translation>
    </message>
    <message>
        <source>Set speaker “%1”</source>
        <translation>Sprecher „%1“ festlegen</translation>
    </message>
    <message>
        <source>%1 is the speaker</source>
        <translation>%1 ist der Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>%n Entität mit „%1“ zusammenführen</numerusform>
            <numerusform>%n Entitäten mit „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation>Zitat „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation>
            <numerusform>%n Markierung entfernen</numerusform>
            <numerusform>%n Markierungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
</context>
<context>
    <name>sw::ProjectFile</name>
    <message>
        <source>The project file schema could not be loaded.</source>
        <translation>Das Schema der Projektdatei konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The project file could not be validated: %1</source>
        <translation>Die Projektdatei konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>Invalid project file at %1: %2</source>
        <translation>Ungültige Projektdatei bei %1: %2</translation>
    </message>
    <message>
        <source>Project file version %1 cannot be read.</source>
        <translation>Projektdateien der Version %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation>%1: Diese Projektdatei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: cannot read the project file: %2</source>
        <translation>%1: Die Projektdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the project file is too large.</source>
        <translation>%1: Die Projektdatei ist zu groß.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a valid project file (damaged or truncated): %1 at byte %2.</source>
        <translation>keine gültige Projektdatei (beschädigt oder abgeschnitten): %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Invalid project file at $: expected an object.</source>
        <translation>Ungültige Projektdatei bei $: Objekt erwartet.</translation>
    </message>
    <message>
        <source>Invalid project file at $.version: expected a positive whole number.</source>
        <translation>Ungültige Projektdatei bei $.version: positive ganze Zahl erwartet.</translation>
    </message>
    <message>
        <source>the project was saved by a newer Storyweave (file format version %1; this version reads up to %2). Please update Storyweave to open it.</source>
        <translation>das Projekt wurde mit einer neueren Storyweave-Version gespeichert (Dateiformat-Version %1; diese Version liest bis %2). Zum Öffnen Storyweave aktualisieren.</translation>
    </message>
    <message>
        <source>duplicate article id “%1”</source>
        <translation>doppelte Artikel-ID „%1“</translation>
    </message>
    <message>
        <source>duplicate entity type id “%1”</source>
        <translation>doppelte Entitätstyp-ID „%1“</translation>
    </message>
    <message>
        <source>duplicate entity id “%1”</source>
        <translation>doppelte Entitäts-ID „%1“</translation>
    </message>
    <message>
        <source>unknown entity type “%1”</source>
        <translation>unbekannter Entitätstyp „%1“</translation>
    </message>
    <message>
        <source>duplicate annotation id “%1”</source>
        <translation>doppelte Annotations-ID „%1“</translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation>unbekannter Artikel „%1“</translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation>unbekannte Entität „%1“</translation>
    </message>
    <message>
        <source>a mention needs an entity</source>
        <translation>eine Erwähnung braucht eine Entität</translation>
    </message>
    <message>
        <source>start must not be after end</source>
        <translation>der Anfang darf nicht nach dem Ende liegen</translation>
    </message>
    <message>
        <source>position %1 is past the end of the article text</source>
        <translation>Position %1 liegt hinter dem Ende des Artikeltextes</translation>
    </message>
    <message>
        <source>%1: cannot save the project there, it is a folder.</source>
        <translation>%1: Das Projekt kann dort nicht gespeichert werden, es ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot read the existing file to keep a backup: %2</source>
        <translation>%1: Die vorhandene Datei kann für eine Sicherungskopie nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a project this version of Storyweave can read (%2).</source>
        <translation>%1 wurde nicht überschrieben: Es ist kein Projekt, das diese Storyweave-Version lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1: cannot keep the backup copy: %2</source>
        <translation>%1: Die Sicherungskopie kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1: Das Projekt kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>not a Storyweave project (the “format” field at $.format is missing or wrong).</source>
        <translation>kein Storyweave-Projekt (das Feld „format“ bei $.format fehlt oder ist falsch).</translation>
    </message>
    <message>
        <source>%1: cannot save the project there, it is not a regular file.</source>
        <translation>%1: Das Projekt kann dort nicht gespeichert werden, es ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>sw::ProjectLock</name>
    <message>
        <source>%1 is open for writing in %2 (process %3 on %4). Close it there first; if that program is no longer running, delete %5.</source>
        <translation>%1 ist in %2 zum Schreiben geöffnet (Prozess %3 auf %4). Schließen Sie es dort zuerst; läuft das Programm nicht mehr, löschen Sie %5.</translation>
    </message>
    <message>
        <source>%1 could not be locked for writing; if no other program has it open, delete %2.</source>
        <translation>%1 konnte nicht zum Schreiben gesperrt werden; wenn kein anderes Programm es geöffnet hat, löschen Sie %2.</translation>
    </message>
</context>
<context>
    <name>sw::QuotesModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>„%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” left out</source>
        <translation>„%1“ weggelassen</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Unknown speaker: “%1”</source>
        <translation>Unbekannter Sprecher: „%1“</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message numerus="yes">
        <source>In %n outlet(s): %1</source>
        <translation>
            <numerusform>In %n Medium: %1</numerusform>
            <numerusform>In %n Medien: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>The other outlets&apos; wording is compared with this one.</source>
        <translation>Der Wortlaut der anderen Medien wird mit diesem verglichen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sw::ReattachOrphanCommand</name>
    <message>
        <source>Re-attach “%1”</source>
        <translation>„%1“ neu zuordnen</translation>
    </message>
</context>
<context>
    <name>sw::RejectSuggestionCommand</name>
    <message>
        <source>Reject suggestion “%1”</source>
        <translation>Vorschlag „%1“ ablehnen</translation>
    </message>
</context>
<context>
    <name>sw::RemoveAnnotationCommand</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Markierung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation>Zitat „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove note “%1”</source>
        <translation>Notiz „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>sw::RemoveEntityTypeCommand</name>
    <message>
        <source>Remove entity type “%1”</source>
        <translation>Entitätstyp „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>sw::RemoveNoteCommand</name>
    <message>
        <source>Remove note “%1”</source>
        <translation>Notiz „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>sw::RenameEntityCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>sw::ReportBuilder</name>
    <message>
        <source>Wholly derived</source>
        <translation>Vollständig abgeleitet</translation>
    </message>
    <message>
        <source>Partially derived</source>
        <translation>Teilweise abgeleitet</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Verbatim, moved; also in %1</source>
        <translation>Wörtlich, verschoben; auch in %1</translation>
    </message>
    <message>
        <source>Verbatim; also in %1</source>
        <translation>Wörtlich; auch in %1</translation>
    </message>
    <message>
        <source>Near-verbatim, moved; also in %1</source>
        <translation>Fast wörtlich, verschoben; auch in %1</translation>
    </message>
    <message>
        <source>Near-verbatim; also in %1</source>
        <translation>Fast wörtlich; auch in %1</translation>
    </message>
    <message>
        <source>Paraphrase, moved; also in %1</source>
        <translation>Paraphrase, verschoben; auch in %1</translation>
    </message>
    <message>
        <source>Paraphrase; also in %1</source>
        <translation>Paraphrase; auch in %1</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>Nur in diesem Artikel</translation>
    </message>
</context>
<context>
    <name>sw::ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Refusing to write a report over %1: that name is for Storyweave projects.</source>
        <translation>Der Bericht wird nicht über %1 geschrieben: Dieser Name ist Storyweave-Projekten vorbehalten.</translation>
    </message>
    <message>
        <source>Refusing to write a report over %1: the report is made from that file.</source>
        <translation>Der Bericht wird nicht über %1 geschrieben: Er entsteht aus dieser Datei.</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>Der PDF-Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>Der OpenDocument-Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sw::ReportModel</name>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>sw::ReportText</name>
    <message>
        <source>Storyweave report</source>
        <translation>Storyweave-Bericht</translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>out of order against the other articles</source>
        <translation>in anderer Reihenfolge als in den anderen Artikeln</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>%1 shared</source>
        <translation>%1 gemeinsam</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>Zitat von %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Auch geschrieben als</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>unbekannter Sprecher</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Wörtlich</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Fast wörtlich</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>the same words in another article; darker when more outlets share them</source>
        <translation>dieselben Wörter in einem anderen Artikel; dunkler, je mehr Medien sie teilen</translation>
    </message>
    <message>
        <source>the same words with small edits</source>
        <translation>dieselben Wörter mit kleinen Änderungen</translation>
    </message>
    <message>
        <source>the same content in other words</source>
        <translation>derselbe Inhalt mit anderen Worten</translation>
    </message>
    <message>
        <source>found in no other article</source>
        <translation>in keinem anderen Artikel gefunden</translation>
    </message>
    <message>
        <source>Generated %1 UTC by %2</source>
        <translation>Erstellt am %1 UTC von %2</translation>
    </message>
    <message>
        <source>in one article</source>
        <translation>in einem Artikel</translation>
    </message>
    <message>
        <source>wording altered</source>
        <translation>Wortlaut geändert</translation>
    </message>
    <message>
        <source>exact in every outlet</source>
        <translation>in allen Medien identisch</translation>
    </message>
    <message>
        <source>On the whole bundle</source>
        <translation>Zur gesamten Sammlung</translation>
    </message>
    <message>
        <source>%1, on “%2”</source>
        <translation>%1, zu „%2“</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reuse matrix</source>
        <translation>Übernahmematrix</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that also appear in the column article.</source>
        <translation>Anteil der Wörter des Zeilenartikels, die auch im Spaltenartikel vorkommen.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Passages found in no other article of the bundle.</source>
        <translation>Passagen, die in keinem anderen Artikel der Sammlung vorkommen.</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Entitätsverzeichnis</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>words changed: %1</source>
        <translation>geänderte Wörter: %1</translation>
    </message>
    <message>
        <source>In the article texts, **bold** marks words shared verbatim or nearly verbatim with another article, *italics* mark paraphrases, and ↕ marks a passage moved out of order.</source>
        <translation>In den Artikeltexten kennzeichnet **Fettdruck** Wörter, die wörtlich oder fast wörtlich in einem anderen Artikel vorkommen, *Kursivschrift* Paraphrasen und ↕ eine Passage in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>Articles: %1. Words: %2. Shared passages: %3 verbatim, %4 near-verbatim, %5 paraphrased; %6 moved. Passages only in one article: %7.</source>
        <translation>Artikel: %1. Wörter: %2. Gemeinsame Passagen: %3 wörtlich, %4 fast wörtlich, %5 paraphrasiert; %6 verschoben. Passagen in nur einem Artikel: %7.</translation>
    </message>
    <message>
        <source>%1; %2 of its words appear in other articles.</source>
        <translation>%1; %2 seiner Wörter kommen in anderen Artikeln vor.</translation>
    </message>
    <message>
        <source>For each article, the articles that hold the largest shares of its words (at most three).</source>
        <translation>Zu jedem Artikel die Artikel, die die größten Anteile seiner Wörter enthalten (höchstens drei).</translation>
    </message>
    <message>
        <source>no words in common with the other articles</source>
        <translation>keine Wörter mit den anderen Artikeln gemeinsam</translation>
    </message>
    <message>
        <source>Colours as in the comparison window, darker where more outlets share the text. Underlines: dotted near-verbatim, dashed paraphrase, dash-dot moved, solid only here. Entities in bold: places also italic, organisations in small capitals.</source>
        <translation>Farben wie im Vergleichsfenster, dunkler, wo mehr Medien den Text teilen. Unterstreichungen: gepunktet fast wörtlich, gestrichelt Paraphrase, strichpunktiert verschoben, durchgezogen nur hier. Entitäten fett: Orte zusätzlich kursiv, Organisationen in Kapitälchen.</translation>
    </message>
</context>
<context>
    <name>sw::SafeFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, pipe or socket)</source>
        <translation>es ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file could not be completed</source>
        <translation>die Datei konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>sw::SetQuoteSpeakerCommand</name>
    <message>
        <source>Set speaker of quote to “%1”</source>
        <translation>Sprecher des Zitats auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Clear speaker of quote</source>
        <translation>Sprecher des Zitats entfernen</translation>
    </message>
</context>
<context>
    <name>sw::SetSettingCommand</name>
    <message>
        <source>Change analysis options</source>
        <translation>Analyseoptionen ändern</translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation>Einstellung „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>sw::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced with “�”.</source>
        <translation>Einige Bytes sind kein gültiges %1 und wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>%1 is not a text article (it looks like %2).</source>
        <translation>%1 ist kein Textartikel (erkannter Typ: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced with “�” (the first at byte %1).</source>
        <translation>
            <numerusform>%n Byte ist kein gültiges UTF-8 und wurde durch „�“ ersetzt (das erste bei Byte %1).</numerusform>
            <numerusform>%n Bytes sind kein gültiges UTF-8 und wurden durch „�“ ersetzt (das erste bei Byte %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 and its encoding could not be determined.</source>
        <translation>%1 ist kein gültiges UTF-8 und seine Kodierung konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The encoding could not be determined; the text was read as Windows-1252 and some characters may be wrong.</source>
        <translation>Die Kodierung konnte nicht ermittelt werden; der Text wurde als Windows-1252 gelesen, einige Zeichen können falsch sein.</translation>
    </message>
</context>
<context>
    <name>sw::cli</name>
    <message>
        <source>Usage: storyweave [PATH...]
       storyweave &lt;command&gt; [options] PATH...

Without a command, opens the window on the given bundle, project or files.

Commands:
</source>
        <translation>Aufruf: storyweave [PFAD...]
        storyweave &lt;Befehl&gt; [Optionen] PFAD...

Ohne Befehl öffnet sich das Fenster mit der angegebenen Sammlung, dem Projekt oder den Dateien.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help (or `storyweave &lt;command&gt; --help`).
  -v, --version  Show the version.
</source>
        <translation>
Optionen:
  -h, --help     Diese Hilfe anzeigen (oder `storyweave &lt;Befehl&gt; --help`).
  -v, --version  Die Version anzeigen.
</translation>
    </message>
    <message>
        <source>storyweave: unknown command “%1”. See storyweave --help.
</source>
        <translation>storyweave: Unbekannter Befehl „%1“. Siehe storyweave --help.
</translation>
    </message>
    <message>
        <source>storyweave: no input given; pass a folder or article files.
</source>
        <translation>storyweave: Keine Eingabe; einen Ordner oder Artikeldateien angeben.
</translation>
    </message>
    <message>
        <source>storyweave: skipped: %1
</source>
        <translation>storyweave: übersprungen: %1
</translation>
    </message>
    <message>
        <source>storyweave: no readable article in %1.
</source>
        <translation>storyweave: Kein lesbarer Artikel in %1.
</translation>
    </message>
</context>
<context>
    <name>sw::cli::AnalyzeCommand</name>
    <message>
        <source>Compare the articles of a bundle: shared passages, “only here” text, coverage, derivation.</source>
        <translation>Die Artikel einer Sammlung vergleichen: gemeinsame Passagen, Text „nur hier“, Abdeckung, Ableitung.</translation>
    </message>
    <message>
        <source>Minimum number of matching words in a shared passage (default %1).</source>
        <translation>Mindestanzahl übereinstimmender Wörter in einer gemeinsamen Passage (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>storyweave analyze: --min-words needs a whole number of at least 1.
</source>
        <translation>storyweave analyze: --min-words erwartet eine ganze Zahl ab 1.
</translation>
    </message>
    <message>
        <source>storyweave analyze: --paraphrase-threshold needs a number of at least 0.
</source>
        <translation>storyweave analyze: --paraphrase-threshold erwartet eine Zahl ab 0.
</translation>
    </message>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Sammlung: %1 (%n Artikel)
</numerusform>
            <numerusform>Sammlung: %1 (%n Artikel)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 (%3)
</source>
        <translation>%1  %2 (%3)
</translation>
    </message>
    <message>
        <source>  words:      %1
</source>
        <translation>  Wörter:     %1
</translation>
    </message>
    <message>
        <source>  derivation: %1
</source>
        <translation>  Ableitung:  %1
</translation>
    </message>
    <message>
        <source>  shared:     %1% with any other article
</source>
        <translation>  Gemeinsam:  %1&#xa0;% mit anderen Artikeln
</translation>
    </message>
    <message>
        <source>    %1% with %2
</source>
        <translation>    %1&#xa0;% mit %2
</translation>
    </message>
    <message>
        <source>Shared passages (%1)
</source>
        <translation>Gemeinsame Passagen (%1)
</translation>
    </message>
    <message>
        <source>#%1 %2, score %3
</source>
        <translation>#%1 %2, Wert %3
</translation>
    </message>
    <message>
        <source>  %1 (moved): %2
</source>
        <translation>  %1 (verschoben): %2
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>Only here (%1)
</source>
        <translation>Nur hier (%1)
</translation>
    </message>
    <message>
        <source>Minimum score (0–1) of the same-fact tier for a paraphrase; above 1 turns the tier off (default %1).</source>
        <translation>Mindestwert (0–1) der Stufe „gleiche Tatsache“ für eine Paraphrase; über 1 schaltet die Stufe aus (Vorgabe %1).</translation>
    </message>
</context>
<context>
    <name>sw::cli::CommandParser</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation>Ein Sammlungsordner oder Artikeldateien.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text or json).</source>
        <translation>Unbekanntes Format „%1“ (text oder json verwenden).</translation>
    </message>
    <message>
        <source>storyweave %1: %2</source>
        <translation>storyweave %1: %2</translation>
    </message>
</context>
<context>
    <name>sw::cli::ExportCommand</name>
    <message>
        <source>Write a report (html, pdf, odt, md, csv, jsonld, tei) of a project or bundle.</source>
        <translation>Einen Bericht (html, pdf, odt, md, csv, jsonld, tei) über ein Projekt oder eine Sammlung schreiben.</translation>
    </message>
    <message>
        <source>Report format: %1.</source>
        <translation>Berichtsformat: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Output file (csv: FILE.csv becomes FILE-entities.csv, FILE-mentions.csv and FILE-quotes.csv; anything else is a folder).</source>
        <translation>Ausgabedatei (csv: aus DATEI.csv werden DATEI-entities.csv, DATEI-mentions.csv und DATEI-quotes.csv; alles andere ist ein Ordner).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Leave out the article texts with their highlights.</source>
        <translation>Die Artikeltexte mit ihren Hervorhebungen weglassen.</translation>
    </message>
    <message>
        <source>Leave out the reuse matrix.</source>
        <translation>Die Übernahmematrix weglassen.</translation>
    </message>
    <message>
        <source>Leave out the “only here” passages.</source>
        <translation>Die Passagen „nur hier“ weglassen.</translation>
    </message>
    <message>
        <source>Leave out the entity index.</source>
        <translation>Das Entitätsverzeichnis weglassen.</translation>
    </message>
    <message>
        <source>Leave out the quotes.</source>
        <translation>Die Zitate weglassen.</translation>
    </message>
    <message>
        <source>Leave out the notes.</source>
        <translation>Die Notizen weglassen.</translation>
    </message>
    <message>
        <source>A project file, or a bundle folder or article files.</source>
        <translation>Eine Projektdatei, ein Sammlungsordner oder Artikeldateien.</translation>
    </message>
    <message>
        <source>FILE.storyweave|PATH...</source>
        <translation>DATEI.storyweave|PFAD...</translation>
    </message>
    <message>
        <source>storyweave export: give --format, one of %1.
</source>
        <translation>storyweave export: --format angeben, eines von %1.
</translation>
    </message>
    <message>
        <source>storyweave export: %1 needs the graphical libraries; this build started without them.
</source>
        <translation>storyweave export: %1 benötigt die Grafikbibliotheken; dieses Programm wurde ohne sie gestartet.
</translation>
    </message>
    <message>
        <source>storyweave export: give the output file with -o.
</source>
        <translation>storyweave export: Die Ausgabedatei mit -o angeben.
</translation>
    </message>
    <message>
        <source>storyweave export: %1
</source>
        <translation>storyweave export: %1
</translation>
    </message>
    <message>
        <source>storyweave export: warning: %1
</source>
        <translation>storyweave export: Warnung: %1
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>sw::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Sammlung: %1 (%n Artikel)
</numerusform>
            <numerusform>Sammlung: %1 (%n Artikel)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  title:    %1
</source>
        <translation>  Titel:      %1
</translation>
    </message>
    <message>
        <source>  outlet:   %1
</source>
        <translation>  Medium:     %1
</translation>
    </message>
    <message>
        <source>  format:   %1
</source>
        <translation>  Format:     %1
</translation>
    </message>
    <message>
        <source>  encoding: %1
</source>
        <translation>  Kodierung:  %1
</translation>
    </message>
    <message>
        <source>  words:    %1
</source>
        <translation>  Wörter:     %1
</translation>
    </message>
    <message>
        <source>  warning:  %1
</source>
        <translation>  Warnung:    %1
</translation>
    </message>
    <message>
        <source>skipped:  %1
</source>
        <translation>übersprungen:  %1
</translation>
    </message>
    <message>
        <source>Describe the articles of a bundle (file, encoding, title, words, warnings) or a project file.</source>
        <translation>Die Artikel einer Sammlung (Datei, Kodierung, Titel, Wörter, Warnungen) oder eine Projektdatei beschreiben.</translation>
    </message>
    <message>
        <source>storyweave info: %1
</source>
        <translation>storyweave info: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Project: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Projekt: %1 (%n Artikel)
</numerusform>
            <numerusform>Projekt: %1 (%n Artikel)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3  source: %4
</source>
        <translation>  %1  %2  %3  Quelle: %4
</translation>
    </message>
    <message>
        <source>Entities: %1
</source>
        <translation>Entitäten: %1
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>Annotations: %1 (mentions %2, quotes %3, notes %4)
</source>
        <translation>Annotationen: %1 (Erwähnungen %2, Zitate %3, Notizen %4)
</translation>
    </message>
    <message>
        <source>Orphans: %1
</source>
        <translation>Verwaist: %1
</translation>
    </message>
    <message>
        <source>  %1 in %2: “%3”
</source>
        <translation>  %1 in %2: „%3“
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>sw::cli::NewCommand</name>
    <message>
        <source>Create a project file from a bundle, optionally accepting every suggestion.</source>
        <translation>Eine Projektdatei aus einer Sammlung erstellen, wahlweise mit allen Vorschlägen.</translation>
    </message>
    <message>
        <source>The project file to create (.storyweave).</source>
        <translation>Die zu erstellende Projektdatei (.storyweave).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Tag every suggested person, place, organisation and quote.</source>
        <translation>Alle vorgeschlagenen Personen, Orte, Organisationen und Zitate markieren.</translation>
    </message>
    <message>
        <source>Replace an existing project file.</source>
        <translation>Eine vorhandene Projektdatei ersetzen.</translation>
    </message>
    <message>
        <source>storyweave new: %1
</source>
        <translation>storyweave new: %1
</translation>
    </message>
    <message>
        <source>storyweave new: missing -o FILE.storyweave (the project file to create).
</source>
        <translation>storyweave new: -o DATEI.storyweave fehlt (die zu erstellende Projektdatei).
</translation>
    </message>
    <message>
        <source>storyweave new: %1 already exists; use --force to replace it.
</source>
        <translation>storyweave new: %1 existiert bereits; mit --force ersetzen.
</translation>
    </message>
    <message>
        <source>Created %1: %2 article(s), %3 entities, %4 annotation(s).
</source>
        <translation>%1 erstellt: %2 Artikel, %3 Entitäten, %4 Annotation(en).
</translation>
    </message>
</context>
<context>
    <name>sw::cli::SuggestCommand</name>
    <message>
        <source>Suggest people, places, organisations and quotes found in a bundle.</source>
        <translation>In einer Sammlung gefundene Personen, Orte, Organisationen und Zitate vorschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>person        %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>Person        %1 (%n Erwähnung in %2)
</numerusform>
            <numerusform>Person        %1 (%n Erwähnungen in %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place         %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>Ort           %1 (%n Erwähnung in %2)
</numerusform>
            <numerusform>Ort           %1 (%n Erwähnungen in %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>organisation  %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>Organisation  %1 (%n Erwähnung in %2)
</numerusform>
            <numerusform>Organisation  %1 (%n Erwähnungen in %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; altered; in %2)
</source>
        <translation>Zitat         „%1“ (unbekannter Sprecher; verändert; in %2)
</translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; exact; in %2)
</source>
        <translation>Zitat         „%1“ (unbekannter Sprecher; exakt; in %2)
</translation>
    </message>
    <message>
        <source>quote         “%1” (%2; altered; in %3)
</source>
        <translation>Zitat         „%1“ (%2; verändert; in %3)
</translation>
    </message>
    <message>
        <source>quote         “%1” (%2; exact; in %3)
</source>
        <translation>Zitat         „%1“ (%2; exakt; in %3)
</translation>
    </message>
    <message>
        <source>Only suggestions at least this confident (0–1, default %1).</source>
        <translation>Nur Vorschläge mit mindestens dieser Konfidenz (0–1, Standard: %1).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--min-confidence needs a number from 0 to 1.</source>
        <translation>--min-confidence braucht eine Zahl von 0 bis 1.</translation>
    </message>
</context>
<context>
    <name>sw::cli::TagCommand</name>
    <message>
        <source>Tag a name in a project as a person, place, organisation or user type, and save.</source>
        <translation>Einen Namen in einem Projekt als Person, Ort, Organisation oder eigenen Typ markieren und speichern.</translation>
    </message>
    <message>
        <source>Entity type: person, place, organisation or a user-defined type.</source>
        <translation>Entitätstyp: person, place, organisation oder ein selbst definierter Typ.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The text to tag, as it appears.</source>
        <translation>Der zu markierende Text, wie er im Artikel steht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Canonical name of the entity (default: the text).</source>
        <translation>Kanonischer Name der Entität (Standard: der Text).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tag every occurrence in every article.</source>
        <translation>Jedes Vorkommen in allen Artikeln markieren.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>FILE.storyweave</source>
        <translation>DATEI.storyweave</translation>
    </message>
    <message>
        <source>storyweave tag: %1
</source>
        <translation>storyweave tag: %1
</translation>
    </message>
    <message>
        <source>storyweave tag: give exactly one project file.
</source>
        <translation>storyweave tag: Genau eine Projektdatei angeben.
</translation>
    </message>
    <message>
        <source>storyweave tag: --type and --text are required.
</source>
        <translation>storyweave tag: --type und --text sind erforderlich.
</translation>
    </message>
    <message>
        <source>storyweave tag: warning: %1
</source>
        <translation>storyweave tag: Warnung: %1
</translation>
    </message>
    <message>
        <source>storyweave tag: unknown type “%1” (known: %2).
</source>
        <translation>storyweave tag: Unbekannter Typ „%1“ (bekannt: %2).
</translation>
    </message>
    <message>
        <source>storyweave tag: “%1” does not occur in any article.
</source>
        <translation>storyweave tag: „%1“ kommt in keinem Artikel vor.
</translation>
    </message>
    <message>
        <source>Nothing to do: “%1” is already tagged there.
</source>
        <translation>Nichts zu tun: „%1“ ist dort bereits markiert.
</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s) of “%1” as %2 (entity “%3”).
</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ als %2 markiert (Entität „%3“).
</numerusform>
            <numerusform>%n Vorkommen von „%1“ als %2 markiert (Entität „%3“).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::AnnotationPanels</name>
    <message>
        <source>Tagging</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticlePane</name>
    <message>
        <source>Article pane: %1</source>
        <translation>Artikelspalte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n Wort</numerusform>
            <numerusform>%1 · %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Move pane left</source>
        <translation>Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move pane right</source>
        <translation>Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Hide pane</source>
        <translation>Spalte ausblenden</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>%1 % shared · %2</source>
        <translation>%1&#xa0;% gemeinsam · %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticleTextView</name>
    <message>
        <source>Only in this article: no other outlet has this text.</source>
        <translation>Nur in diesem Artikel: Kein anderes Medium hat diesen Text.</translation>
    </message>
    <message>
        <source>%1 passage, moved: also in %2</source>
        <translation>Passage (%1), verschoben: auch in %2</translation>
    </message>
    <message>
        <source>%1 passage: also in %2</source>
        <translation>Passage (%1): auch in %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the visible panes</source>
        <translation>
            <numerusform>%n Treffer in den sichtbaren Spalten</numerusform>
            <numerusform>%n Treffer in den sichtbaren Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles are open.

Open a folder with several outlets&apos; articles on one story (File → Open Folder…, Ctrl+O) or drop their files here.</source>
        <translation>Keine Artikel geöffnet.

Öffnen Sie einen Ordner mit Artikeln mehrerer Medien zu einer Geschichte (Datei → Ordner öffnen…, Strg+O) oder ziehen Sie die Dateien hierher.</translation>
    </message>
</context>
<context>
    <name>sw::ui::DesktopController</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Show the raw HTML, Markdown or text the active article was read from</source>
        <translation>Den unbearbeiteten HTML-, Markdown- oder Textinhalt anzeigen, aus dem der aktive Artikel gelesen wurde</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Storyweave &amp;einrichten…</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Source view: %1.</source>
        <translation>Quelltextansicht: %1.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the comparison and the annotations as HTML, PDF, ODT, Markdown, CSV, JSON-LD or TEI</source>
        <translation>Den Vergleich und die Annotationen als HTML, PDF, ODT, Markdown, CSV, JSON-LD oder TEI schreiben</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentController</name>
    <message>
        <source>&amp;New Project from Folder…</source>
        <translation>&amp;Neues Projekt aus Ordner…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Storyweave projects (*.storyweave)</source>
        <translation>Storyweave-Projekte (*.storyweave)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed; see the Orphans panel.</source>
        <translation>
            <numerusform>%n Annotation konnte nicht platziert werden; siehe die Ansicht „Verwaist“.</numerusform>
            <numerusform>%n Annotationen konnten nicht platziert werden; siehe die Ansicht „Verwaist“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Storyweave</source>
        <translation>Storyweave</translation>
    </message>
    <message>
        <source>%1[*] — Storyweave</source>
        <translation>%1[*] — Storyweave</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before going on?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Could not open the project %1.</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the sources of this project.</source>
        <translation>
            <numerusform>%n Problem mit den Quellen dieses Projekts.</numerusform>
            <numerusform>%n Probleme mit den Quellen dieses Projekts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; the text stored in the project is shown.</source>
        <translation>%1 fehlt; der im Projekt gespeicherte Text wird angezeigt.</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it? Annotations are placed again; those that cannot be are listed under Orphans.</source>
        <translation>%1 wurde auf dem Datenträger geändert. Neu laden? Die Annotationen werden neu platziert; nicht platzierbare erscheinen unter „Verwaist“.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>The project was not saved to %1; your work is still open.</source>
        <translation>Das Projekt wurde nicht in %1 gespeichert; die Arbeit ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved work on “%1” from %2 was left behind when Storyweave last stopped. Recover it?</source>
        <translation>Beim letzten Beenden von Storyweave ist ungespeicherte Arbeit an „%1“ vom %2 zurückgeblieben. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The autosaved work could not be opened.</source>
        <translation>Die automatisch gesicherte Arbeit konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Recovered unsaved work; save it to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; zum Behalten speichern.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 (articles, no project yet)[*] — Storyweave</source>
        <translation>%1 (Artikel, noch kein Projekt)[*] — Storyweave</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntitiesDock</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the entity (or double-click its name)</source>
        <translation>Die Entität umbenennen (oder auf ihren Namen doppelklicken)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation>Die ausgewählten Entitäten mit der aktuellen zusammenführen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected mentions&apos; tags</source>
        <translation>Die Markierungen der ausgewählten Erwähnungen entfernen</translation>
    </message>
    <message>
        <source>Tag All…</source>
        <translation>Alle markieren…</translation>
    </message>
    <message>
        <source>Find the entity&apos;s names in every article and tag them</source>
        <translation>Die Namen der Entität in allen Artikeln suchen und markieren</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Entitäten nach Typ</translation>
    </message>
    <message>
        <source>Entities by outlet</source>
        <translation>Entitäten nach Medium</translation>
    </message>
    <message>
        <source>By Type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>By Outlet</source>
        <translation>Nach Medium</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>Name of the merged entity (the others stay as aliases):</source>
        <translation>Name der zusammengeführten Entität (die anderen bleiben als Aliasse):</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityChooser</name>
    <message>
        <source>Tag “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Links to the existing entity “%1”.</source>
        <translation>Verknüpft mit der vorhandenen Entität „%1“.</translation>
    </message>
    <message>
        <source>Creates a new entity.</source>
        <translation>Erstellt eine neue Entität.</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation>Entitätstypen</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Entitätstypen</translation>
    </message>
    <message>
        <source>New type, e.g. Vessel</source>
        <translation>Neuer Typ, z. B. Schiff</translation>
    </message>
    <message>
        <source>Colour of the new type</source>
        <translation>Farbe des neuen Typs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (vordefiniert)</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (one self-contained file)</source>
        <translation>HTML-Seite (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-Text (ODT)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV tables (entities, mentions, quotes)</source>
        <translation>CSV-Tabellen (Entitäten, Erwähnungen, Zitate)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>TEI P5 XML</source>
        <translation>TEI P5 XML</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Articles with their highlights and tags</source>
        <translation>&amp;Artikel mit Hervorhebungen und Markierungen</translation>
    </message>
    <message>
        <source>Reuse &amp;matrix</source>
        <translation>Übernahme&amp;matrix</translation>
    </message>
    <message>
        <source>“Only &amp;here” passages</source>
        <translation>Passagen „nur &amp;hier“</translation>
    </message>
    <message>
        <source>&amp;Entity index</source>
        <translation>Entitäts&amp;verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Quotes with speakers and drift</source>
        <translation>&amp;Zitate mit Sprechern und Abweichungen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Die zu schreibende Datei auswählen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find in every pane</source>
        <translation>In allen Spalten zu suchender Text</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>sw::ui::LegendBar</name>
    <message>
        <source>Highlight legend</source>
        <translation>Legende der Hervorhebungen</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>fast wörtlich</translation>
    </message>
    <message>
        <source>changed words</source>
        <translation>geänderte Wörter</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation>nur in diesem Artikel</translation>
    </message>
    <message>
        <source>deeper = shared by more outlets</source>
        <translation>kräftiger = in mehr Medien</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <source>&amp;Verbatim</source>
        <translation>&amp;Wörtlich</translation>
    </message>
    <message>
        <source>&amp;Near-verbatim</source>
        <translation>&amp;Fast wörtlich</translation>
    </message>
    <message>
        <source>&amp;Changed words</source>
        <translation>&amp;Geänderte Wörter</translation>
    </message>
    <message>
        <source>&amp;Paraphrase</source>
        <translation>&amp;Umschreibung</translation>
    </message>
    <message>
        <source>&amp;Moved passages</source>
        <translation>&amp;Verschobene Passagen</translation>
    </message>
    <message>
        <source>&amp;Only in this article</source>
        <translation>&amp;Nur in diesem Artikel</translation>
    </message>
    <message>
        <source>%1: click to hide</source>
        <translation>%1: zum Ausblenden klicken</translation>
    </message>
    <message>
        <source>%1: hidden, click to show</source>
        <translation>%1: ausgeblendet, zum Einblenden klicken</translation>
    </message>
    <message>
        <source>Blue: verbatim; teal with dotted underline: near-verbatim, changed words wavy; violet with dashed underline: paraphrase; dashed margin bracket: moved; orange with a solid margin bar: only in this article; fine dotted underline: a suggested name or quote to tag. Deeper colour: more outlets. Click an entry to hide or show that highlight.</source>
        <translation>Blau: wörtlich; Türkis mit gepunkteter Unterstreichung: fast wörtlich, geänderte Wörter gewellt; Violett mit gestrichelter Unterstreichung: Umschreibung; gestrichelte Randklammer: verschoben; Orange mit durchgehendem Randbalken: nur in diesem Artikel; feine gepunktete Unterstreichung: ein vorgeschlagener Name oder ein vorgeschlagenes Zitat zum Markieren. Kräftigere Farbe: mehr Medien. Ein Klick auf einen Eintrag blendet diese Hervorhebung aus oder ein.</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Example Story</source>
        <translation>B&amp;eispielgeschichte öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation>In allen Artikeln &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Next &amp;Shared Passage</source>
        <translation>Nächste &amp;gemeinsame Passage</translation>
    </message>
    <message>
        <source>Previous S&amp;hared Passage</source>
        <translation>Vorherige gem&amp;einsame Passage</translation>
    </message>
    <message>
        <source>Next &amp;Only-Here Passage</source>
        <translation>Nächste &amp;Nur-hier-Passage</translation>
    </message>
    <message>
        <source>Previous O&amp;nly-Here Passage</source>
        <translation>Vorherige N&amp;ur-hier-Passage</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>&amp;Synchrones Scrollen</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation>Spalte nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation>Spalte nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Show &amp;All Panes</source>
        <translation>&amp;Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>C&amp;ancel Comparison</source>
        <translation>Vergleich &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Storyweave</source>
        <translation>Ü&amp;ber Storyweave</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Go to Pane</source>
        <translation>Zu Spalte &amp;wechseln</translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation>Spalte &amp;%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No article could be opened from %1.</source>
        <translation>Aus %1 konnte kein Artikel geöffnet werden.</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened; the rest of the bundle is shown.</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden; der Rest der Sammlung wird angezeigt.</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden; der Rest der Sammlung wird angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n article(s)…</source>
        <translation>
            <numerusform>%n Artikel wird verglichen…</numerusform>
            <numerusform>%n Artikel werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled; the texts are shown without highlights (F5 compares again).</source>
        <translation>Vergleich abgebrochen; die Texte werden ohne Hervorhebungen angezeigt (F5 vergleicht erneut).</translation>
    </message>
    <message>
        <source>Open Story Bundle</source>
        <translation>Artikelsammlung öffnen</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Datei</numerusform>
            <numerusform>%1 und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About Storyweave</source>
        <translation>Über Storyweave</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</source>
        <translation>
            <numerusform>%n Artikel verglichen: %1 gemeinsame Passagen, %2 Nur-hier-Passagen. Eine Passage anklicken, um die anderen Spalten daran auszurichten; F8/Umschalt+F8: nächste/vorherige gemeinsame, F9/Umschalt+F9: nächste/vorherige Nur-hier-Passage.</numerusform>
            <numerusform>%n Artikel verglichen: %1 gemeinsame Passagen, %2 Nur-hier-Passagen. Eine Passage anklicken, um die anderen Spalten daran auszurichten; F8/Umschalt+F8: nächste/vorherige gemeinsame, F9/Umschalt+F9: nächste/vorherige Nur-hier-Passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;Storyweave projects (*.storyweave)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Storyweave-Projekte (*.storyweave)</translation>
    </message>
    <message>
        <source>Storyweave %1
Compare news articles side by side.

%2</source>
        <translation>Storyweave %1
Nachrichtenartikel nebeneinander vergleichen.

%2</translation>
    </message>
    <message>
        <source>No only-here passage in this pane</source>
        <translation>Keine Nur-hier-Passage in dieser Spalte</translation>
    </message>
    <message>
        <source>No shared passage in this pane</source>
        <translation>Keine gemeinsame Passage in dieser Spalte</translation>
    </message>
    <message>
        <source>Continued from the beginning of the article</source>
        <translation>Am Anfang des Artikels fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the end of the article</source>
        <translation>Am Ende des Artikels fortgesetzt</translation>
    </message>
    <message>
        <source>These articles have a project with your tags and notes: %1. Open it?</source>
        <translation>Zu diesen Artikeln gibt es ein Projekt mit Ihren Markierungen und Notizen: %1. Öffnen?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Open Articles…</source>
        <translation>Artikel öffnen…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Try the Example</source>
        <translation>Beispiel ausprobieren</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Welcome to Storyweave. Open a folder with several outlets&apos; articles on one story: the panes show what they share and what only one has. Select a name and press a key from 1 to 4 to tag it, add notes, save the project (Ctrl+S) and export a report (Ctrl+E). Next time Storyweave opens where you left off.</source>
        <translation>Willkommen bei Storyweave. Einen Ordner mit Artikeln mehrerer Medien zu einer Geschichte öffnen: Die Spalten zeigen, was sie gemeinsam haben und was nur eines bringt. Einen Namen auswählen und eine Taste von 1 bis 4 drücken, um ihn zu markieren, Notizen hinzufügen, das Projekt speichern (Strg+S) und einen Bericht exportieren (Strg+E). Beim nächsten Start öffnet Storyweave dort, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>Go to Pane menu: key digit, outlet</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation>Spalte &amp;%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>sw::ui::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Notiz zu „%1“:</translation>
    </message>
    <message>
        <source>e.g. unverified, check with source</source>
        <translation>z. B. nicht überprüft, bei der Quelle nachfragen</translation>
    </message>
</context>
<context>
    <name>sw::ui::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>sw::ui::OrphansDock</name>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Annotations whose text changed in the source. Select the right text in the article and re-attach, or delete them.</source>
        <translation>Annotationen, deren Text sich in der Quelle geändert hat. Den richtigen Text im Artikel auswählen und neu zuordnen oder die Annotationen löschen.</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Der Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Verwaist (%1)</translation>
    </message>
    <message>
        <source>Select the text to re-attach to in the article first.</source>
        <translation>Zuerst im Artikel den Text auswählen, dem die Annotation zugeordnet werden soll.</translation>
    </message>
    <message>
        <source>Select the text in %1: the annotation belongs to that article.</source>
        <translation>Den Text in %1 auswählen: Die Annotation gehört zu diesem Artikel.</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewStrip</name>
    <message>
        <source>Overview of shared and only-here text</source>
        <translation>Übersicht über gemeinsamen und Nur-hier-Text</translation>
    </message>
    <message>
        <source>Overview: deeper colour = shared by more outlets, orange = only here. Click to jump.</source>
        <translation>Übersicht: kräftigere Farbe = in mehr Medien, Orange = nur hier. Zum Springen klicken.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PassagesDock</name>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Shared and only-here passages</source>
        <translation>Gemeinsame und Nur-hier-Passagen</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <source>&amp;Analysis and Saving</source>
        <translation>&amp;Analyse und Speichern</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation>Systemfarben verwenden</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Storyweave starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Storyweave geändert.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Automatic (follow the palette)</source>
        <translation>Automatisch (der Farbpalette folgen)</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>Heller Hintergrund</translation>
    </message>
    <message>
        <source>Dark background</source>
        <translation>Dunkler Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Verbatim shared text:</source>
        <translation>&amp;Wörtlich gemeinsamer Text:</translation>
    </message>
    <message>
        <source>&amp;Near-verbatim text:</source>
        <translation>&amp;Fast wörtlicher Text:</translation>
    </message>
    <message>
        <source>&amp;Paraphrase:</source>
        <translation>&amp;Paraphrase:</translation>
    </message>
    <message>
        <source>&amp;Moved passages:</source>
        <translation>Ver&amp;schobene Passagen:</translation>
    </message>
    <message>
        <source>&amp;Only here:</source>
        <translation>&amp;Nur hier:</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Hervorhebungsfarbe</translation>
    </message>
    <message>
        <source>&amp;Reset to Preset</source>
        <translation>Auf Vorlage &amp;zurücksetzen</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Minimum &amp;passage length:</source>
        <translation>Minimale &amp;Passagenlänge:</translation>
    </message>
    <message>
        <source>Find &amp;paraphrases</source>
        <translation>Paraphrasen f&amp;inden</translation>
    </message>
    <message>
        <source>How much weighted word overlap two sentences need to count as a paraphrase.</source>
        <translation>Wie viel gewichtete Wortüberdeckung zwei Sätze brauchen, um als Paraphrase zu gelten.</translation>
    </message>
    <message>
        <source>Paraphrase &amp;threshold:</source>
        <translation>Paraphrasen-&amp;Schwelle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatische Sicherung all&amp;e:</translation>
    </message>
</context>
<context>
    <name>sw::ui::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected quote</source>
        <translation>Das ausgewählte Zitat entfernen</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(kein Sprecher)</translation>
    </message>
</context>
<context>
    <name>sw::ui::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Artikelquelltext</translation>
    </message>
    <message>
        <source>Source text of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
    <message>
        <source>no highlighting</source>
        <translation>keine Hervorhebung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Source highlighting theme</source>
        <translation>Farbschema der Quelltexthervorhebung</translation>
    </message>
</context>
<context>
    <name>sw::ui::SuggestionPopup</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>sw::ui::SyntaxAdapter</name>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation>KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>built-in light and dark themes (KSyntaxHighlighting for Qt 6 was not found at build time)</source>
        <translation>integrierte helle und dunkle Farbschemata (KSyntaxHighlighting für Qt 6 wurde beim Kompilieren nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>sw::ui::TagAllDialog</name>
    <message>
        <source>Tag All Occurrences of “%1”</source>
        <translation>Alle Vorkommen von „%1“ markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;type:</source>
        <translation>Markieren als &amp;Typ:</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>%1: …%2…</source>
        <translation>%1: …%2…</translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation>Ausgewählte &amp;markieren</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not tagged yet; uncheck those that are not this entity.</source>
        <translation>
            <numerusform>%n Stelle noch nicht markiert; die abwählen, die nicht diese Entität sind.</numerusform>
            <numerusform>%n Stellen noch nicht markiert; die abwählen, die nicht diese Entität sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TagController</name>
    <message>
        <source>Tag as &amp;Person</source>
        <translation>Als &amp;Person markieren</translation>
    </message>
    <message>
        <source>Tag as P&amp;lace</source>
        <translation>Als &amp;Ort markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Organisation</source>
        <translation>Als Or&amp;ganisation markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Quote</source>
        <translation>Als &amp;Zitat markieren</translation>
    </message>
    <message>
        <source>Tag &amp;As…</source>
        <translation>&amp;Markieren als…</translation>
    </message>
    <message>
        <source>Tag All &amp;Occurrences…</source>
        <translation>Alle &amp;Vorkommen markieren…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>No tag at the cursor</source>
        <translation>Keine Markierung an der Cursorposition</translation>
    </message>
    <message>
        <source>&amp;Entity Types…</source>
        <translation>Entitäts&amp;typen…</translation>
    </message>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation>Vorschläge &amp;anzeigen</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Select a name in one of the articles first.</source>
        <translation>Zuerst in einem der Artikel einen Namen auswählen.</translation>
    </message>
    <message>
        <source>Select a quote in one of the articles first.</source>
        <translation>Zuerst in einem der Artikel ein Zitat auswählen.</translation>
    </message>
    <message>
        <source>Select the text the note is about first.</source>
        <translation>Zuerst den Text auswählen, auf den sich die Notiz bezieht.</translation>
    </message>
    <message numerus="yes">
        <source>Accept: Person “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Annehmen: Person „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Annehmen: Person „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Place “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Annehmen: Ort „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Annehmen: Ort „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Organisation “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Annehmen: Organisation „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Annehmen: Organisation „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept: Quote “%1”</source>
        <translation>Annehmen: Zitat „%1“</translation>
    </message>
    <message>
        <source>Accept: Quote by %1 “%2”</source>
        <translation>Annehmen: Zitat von %1 „%2“</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Markierung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Tag All Occurrences of “%1”…</source>
        <translation>Alle Vorkommen von „%1“ markieren…</translation>
    </message>
    <message>
        <source>Remove Quote “%1”</source>
        <translation>Zitat „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Quote tagged; suggested speaker %1: confirm with Set Speaker in the quote&apos;s context menu</source>
        <translation>Zitat markiert; vorgeschlagener Sprecher %1: mit „Sprecher festlegen“ im Kontextmenü des Zitats bestätigen</translation>
    </message>
    <message>
        <source>Set Speaker: %1</source>
        <translation>Sprecher festlegen: %1</translation>
    </message>
    <message>
        <source>Suggested: “%1”. Click to accept or reject; double-click selects the word.</source>
        <translation>Vorschlag: „%1“. Klicken zum Annehmen oder Ablehnen; Doppelklick wählt das Wort aus.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested person: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Vorgeschlagene Person: „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Vorgeschlagene Person: „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested place: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Vorgeschlagener Ort: „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Vorgeschlagener Ort: „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested organisation: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Vorgeschlagene Organisation: „%1“ (%n Erwähnung)</numerusform>
            <numerusform>Vorgeschlagene Organisation: „%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested quote: “%1”</source>
        <translation>Vorgeschlagenes Zitat: „%1“</translation>
    </message>
    <message>
        <source>Suggested quote by %1: “%2”</source>
        <translation>Vorgeschlagenes Zitat von %1: „%2“</translation>
    </message>
</context>
</TS>
