<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sw::AddMentionsCommand</name>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::TextDecoder</name>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced with “�” (the first at byte %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::AnalyzeCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project: %1 (%n article(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::SuggestCommand</name>
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
</context>
<context>
    <name>sw::cli::TagCommand</name>
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
    <name>sw::ui::ArticlePane</name>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonView</name>
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
    <message numerus="yes">
        <source>%n annotation(s) could not be placed; see the Orphans panel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the sources of this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::EntitiesDock</name>
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
    <name>sw::ui::MainWindow</name>
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
        <source>%1 and %n more file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sw::ui::TagAllDialog</name>
    <message numerus="yes">
        <source>%n place(s) found in the articles; uncheck those that are not this entity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TagController</name>
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
</context>
</TS>
