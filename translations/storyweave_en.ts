<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sw::AddMentionsCommand</name>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Tag %n occurrence of “%1” as %2</numerusform>
            <numerusform>Tag %n occurrences of “%1” as %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::EntityMatrixModel</name>
    <message numerus="yes">
        <source>%1 in %2: %n mention(s)</source>
        <translation>
            <numerusform>%1 in %2: %n mention</numerusform>
            <numerusform>%1 in %2: %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ProjectEditor</name>
    <message numerus="yes">
        <source>%n occurrence(s) tagged as %1</source>
        <translation>
            <numerusform>%n occurrence tagged as %1</numerusform>
            <numerusform>%n occurrences tagged as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>Merge %n entity into “%1”</numerusform>
            <numerusform>Merge %n entities into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation>
            <numerusform>Remove %n tag</numerusform>
            <numerusform>Remove %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::QuotesModel</name>
    <message numerus="yes">
        <source>In %n outlet(s): %1</source>
        <translation>
            <numerusform>In %n outlet: %1</numerusform>
            <numerusform>In %n outlets: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::TextDecoder</name>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced with “�” (the first at byte %1).</source>
        <translation>
            <numerusform>%n byte is not valid UTF-8 and was replaced with “�” (the first at byte %1).</numerusform>
            <numerusform>%n bytes are not valid UTF-8 and were replaced with “�” (the first at byte %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::AnalyzeCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Bundle: %1 (%n article)
</numerusform>
            <numerusform>Bundle: %1 (%n articles)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Bundle: %1 (%n article)
</numerusform>
            <numerusform>Bundle: %1 (%n articles)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Project: %1 (%n article)
</numerusform>
            <numerusform>Project: %1 (%n articles)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::SuggestCommand</name>
    <message numerus="yes">
        <source>person        %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>person        %1 (%n mention in %2)
</numerusform>
            <numerusform>person        %1 (%n mentions in %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place         %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>place         %1 (%n mention in %2)
</numerusform>
            <numerusform>place         %1 (%n mentions in %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>organisation  %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>organisation  %1 (%n mention in %2)
</numerusform>
            <numerusform>organisation  %1 (%n mentions in %2)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::cli::TagCommand</name>
    <message numerus="yes">
        <source>Tagged %n occurrence(s) of “%1” as %2 (entity “%3”).
</source>
        <translation>
            <numerusform>Tagged %n occurrence of “%1” as %2 (entity “%3”).
</numerusform>
            <numerusform>Tagged %n occurrences of “%1” as %2 (entity “%3”).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticlePane</name>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n word</numerusform>
            <numerusform>%1 · %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonView</name>
    <message numerus="yes">
        <source>%n match(es) in the visible panes</source>
        <translation>
            <numerusform>%n match in the visible panes</numerusform>
            <numerusform>%n matches in the visible panes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentController</name>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed; see the Orphans panel.</source>
        <translation>
            <numerusform>%n annotation could not be placed; see the Orphans panel.</numerusform>
            <numerusform>%n annotations could not be placed; see the Orphans panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the sources of this project.</source>
        <translation>
            <numerusform>%n problem with the sources of this project.</numerusform>
            <numerusform>%n problems with the sources of this project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened; the rest of the bundle is shown.</source>
        <translation>
            <numerusform>%n file could not be opened; the rest of the bundle is shown.</numerusform>
            <numerusform>%n files could not be opened; the rest of the bundle is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n article(s)…</source>
        <translation>
            <numerusform>Comparing %n article…</numerusform>
            <numerusform>Comparing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 and %n more file</numerusform>
            <numerusform>%1 and %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</source>
        <translation>
            <numerusform>%n article compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</numerusform>
            <numerusform>%n articles compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TagAllDialog</name>
    <message numerus="yes">
        <source>%n place(s) not tagged yet; uncheck those that are not this entity.</source>
        <translation>
            <numerusform>%n place not tagged yet; uncheck it if it is not this entity.</numerusform>
            <numerusform>%n places not tagged yet; uncheck those that are not this entity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TagController</name>
    <message numerus="yes">
        <source>Accept: Person “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accept: Person “%1” (%n mention)</numerusform>
            <numerusform>Accept: Person “%1” (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Place “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accept: Place “%1” (%n mention)</numerusform>
            <numerusform>Accept: Place “%1” (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Organisation “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accept: Organisation “%1” (%n mention)</numerusform>
            <numerusform>Accept: Organisation “%1” (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested person: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Suggested person: “%1” (%n mention)</numerusform>
            <numerusform>Suggested person: “%1” (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested place: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Suggested place: “%1” (%n mention)</numerusform>
            <numerusform>Suggested place: “%1” (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested organisation: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Suggested organisation: “%1” (%n mention)</numerusform>
            <numerusform>Suggested organisation: “%1” (%n mentions)</numerusform>
        </translation>
    </message>
</context>
</TS>
