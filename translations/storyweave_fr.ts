<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n article(s), %1 words; %2 verbatim, %3 near-verbatim and %4 paraphrased passages shared, %5 moved; %6 passages only in one article.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sw::cli::InfoCommand</name>
    <message>
        <source>Describe the articles of a bundle: file, encoding, title, words, warnings.</source>
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
    <message numerus="yes">
        <source>%1 · %n word(s) · %2 % shared · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Storyweave</source>
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
        <source>%1 — Storyweave</source>
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
    <message numerus="yes">
        <source>%n article(s) compared: %1 shared passages, %2 only-here passages</source>
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
</TS>
