<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sw::AcceptSuggestionCommand</name>
    <message>
        <source>Accept suggestion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AddEntityCommand</name>
    <message>
        <source>Add entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AddEntityTypeCommand</name>
    <message>
        <source>Add entity type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AddMentionsCommand</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::AddNoteCommand</name>
    <message>
        <source>Add note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AddQuoteCommand</name>
    <message>
        <source>Tag quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Autosaver</name>
    <message>
        <source>%1: cannot write the autosave snapshot: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the autosave folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the autosave lock is held by another process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::BundleLoader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); article details were taken from the files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no articles (.txt, .md or .html files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DeleteOrphanCommand</name>
    <message>
        <source>Delete orphaned “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::EditNoteCommand</name>
    <message>
        <source>Edit note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::EntityType</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::MergeEntitiesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Project</name>
    <message>
        <source>%1: the source file is missing; using the text stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (using the text stored in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the project was saved: %2 annotation(s) moved, %3 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned annotation in %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2 annotation(s) moved, %3 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ProjectFile</name>
    <message>
        <source>The project file schema could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be validated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid project file at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file version %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the project file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid project file (damaged or truncated): %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid project file at $: expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Storyweave project (the Ǐormat” field at $.format is missing or wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid project file at $.version: expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project was saved by a newer Storyweave (file format version %1; this version reads up to %2). Please update Storyweave to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate article id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate entity type id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate entity id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate annotation id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mention needs an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start must not be after end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 is past the end of the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the project there, it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the existing file to keep a backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a project this version of Storyweave can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep the backup copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ReattachOrphanCommand</name>
    <message>
        <source>Re-attach “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RejectSuggestionCommand</name>
    <message>
        <source>Reject suggestion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RemoveAnnotationCommand</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RemoveEntityTypeCommand</name>
    <message>
        <source>Remove entity type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RemoveNoteCommand</name>
    <message>
        <source>Remove note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RenameEntityCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ReportBuilder</name>
    <message>
        <source>Wholly derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatim, moved; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatim; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-verbatim, moved; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-verbatim; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase, moved; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase; also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ReportModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ReportText</name>
    <message>
        <source>Storyweave report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order against the other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same words in another article; darker when more outlets share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same words with small edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same content in other words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in no other article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact in every outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the whole bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that also appear in the column article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages found in no other article of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the article texts, **bold** marks words shared verbatim or nearly verbatim with another article, *italics* mark paraphrases, and ↕ marks a passage moved out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1. Words: %2. Shared passages: %3 verbatim, %4 near-verbatim, %5 paraphrased; %6 moved. Passages only in one article: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 of its words appear in other articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlines: solid verbatim, dashed near-verbatim, dotted paraphrase, dash-dot moved, wavy only here. Entities in bold: places also italic, organisations in small capitals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::SetQuoteSpeakerCommand</name>
    <message>
        <source>Set speaker of quote to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear speaker of quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::SetSettingCommand</name>
    <message>
        <source>Change analysis options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced with “�”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text article (it looks like %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced with “�” (the first at byte %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 and its encoding could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding could not be determined; the text was read as Windows-1252 and some characters may be wrong.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help (or `storyweave &lt;command&gt; --help`).
  -v, --version  Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave: unknown command “%1”. See storyweave --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave: no input given; pass a folder or article files.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave: skipped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave: no readable article in %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::AnalyzeCommand</name>
    <message>
        <source>Compare the articles of a bundle: shared passages, “only here” text, coverage, derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of matching words in a shared passage (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum weighted word overlap (0ı) for a paraphrase; above 1 turns the tier off (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave analyze: unknown format “%1” (use text or json).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave analyze: --min-words needs a whole number of at least 1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave analyze: --paraphrase-threshold needs a number of at least 0.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  words:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  derivation: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  shared:     %1% with any other article
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1% with %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared passages (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2, score %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (moved): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only here (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::ExportCommand</name>
    <message>
        <source>Write a report (html, pdf, odt, md, csv, jsonld, tei) of a project or bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (csv: FILE.csv becomes FILE-entities.csv, FILE-mentions.csv and FILE-quotes.csv; anything else is a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the article texts with their highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the reuse matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the “only here” passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the entity index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file, or a bundle folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.storyweave|PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave export: give --format, one of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave export: %1 needs the graphical libraries; this build started without them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave export: give the output file with -o.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave export: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave export: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::InfoCommand</name>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave info: unknown format “%1” (use text or json).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  title:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  outlet:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  format:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  encoding: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  words:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the articles of a bundle (file, encoding, title, words, warnings) or a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave info: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3  source: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1 (mentions %2, quotes %3, notes %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 in %2: “%3”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::NewCommand</name>
    <message>
        <source>Create a project file from a bundle, optionally accepting every suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (.storyweave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every suggested person, place, organisation and quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave new: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave new: missing -o FILE.storyweave (the project file to create).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave new: %1 already exists; use --force to replace it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 article(s), %3 entities, %4 annotation(s).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::SuggestCommand</name>
    <message>
        <source>Suggest people, places, organisations and quotes found in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave suggest: unknown format “%1” (use text or json).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>person        %1 (%n mention(s) in %2)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place         %1 (%n mention(s) in %2)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>organisation  %1 (%n mention(s) in %2)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; altered; in %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; exact; in %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote         “%1” (%2; altered; in %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote         “%1” (%2; exact; in %3)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli::TagCommand</name>
    <message>
        <source>Tag a name in a project as a person, place, organisation or user type, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type: person, place, organisation or a user-defined type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to tag, as it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical name of the entity (default: the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every occurrence in every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.storyweave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: give exactly one project file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: --type and --text are required.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: unknown type “%1” (known: %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyweave tag: “%1” does not occur in any article.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: “%1” is already tagged there.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s) of “%1” as %2 (entity “%3”).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ActionBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::AnnotationPanels</name>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticlePane</name>
    <message>
        <source>wholly derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article pane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move pane left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move pane right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % shared · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticleTextView</name>
    <message>
        <source>Only in this article: no other outlet has this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passage, moved: also in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passage: also in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonModel</name>
    <message>
        <source>near-verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the visible panes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentController</name>
    <message>
        <source>&amp;New Project from Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyweave projects (*.storyweave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed; see the Orphans panel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyweave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Storyweave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the sources of this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; the text stored in the project is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it? Annotations are placed again; those that cannot be are listed under Orphans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved to %1; your work is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work on “%1” from %2 was left behind when Storyweave last stopped. Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved work could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::EntitiesDock</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the entity (or double-click its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected mentions&apos; tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the entity&apos;s names in every article and tag them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities into “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityChooser</name>
    <message>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the existing entity “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new entity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type, e.g. Vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the new type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::LegendBar</name>
    <message>
        <source>Highlight legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: verbatim; teal with dotted underline: near-verbatim, changed words wavy; violet with dashed underline: paraphrase; dashed margin bracket: moved; orange with a solid margin bar: only in this article. Deeper colour: more outlets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeper = shared by more outlets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Shared Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;hared Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Only-Here Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous O&amp;nly-Here Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Storyweave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Comparison progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further shared passage in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier shared passage in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further only-here passage in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier only-here passage in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article could be opened from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened; the rest of the bundle is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n article(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled; the texts are shown without highlights (F5 compares again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Story Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Storyweave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyweave %1
Compare news articles side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. unverified, check with source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::OrphansDock</name>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations whose text changed in the source. Select the right text in the article and re-attach, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…%1»%2«%3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to re-attach to in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text in %1: the annotation belongs to that article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewStrip</name>
    <message>
        <source>Overview of shared and only-here text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: deeper colour = shared by more outlets, orange = only here. Click to jump.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::PassagesDock</name>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared and only-here passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared passages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, moved, in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis and Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Storyweave starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (follow the palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbatim shared text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Near-verbatim text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paraphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moved passages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;passage length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;paraphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much weighted word overlap two sentences need to count as a paraphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::SyntaxAdapter</name>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in light and dark themes (KSyntaxHighlighting for Qt 6 was not found at build time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::TagAllDialog</name>
    <message>
        <source>Tag All Occurrences of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: …%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found in the articles; uncheck those that are not this entity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ui::TagController</name>
    <message>
        <source>Tag as &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All &amp;Occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name in one of the articles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote in one of the articles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tagged as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text the note is about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept: Person “%1” (%n mention(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Place “%1” (%n mention(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Organisation “%1” (%n mention(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept: Quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: Quote by %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All Occurrences of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
