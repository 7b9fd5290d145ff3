<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>sw::AcceptSuggestionCommand</name>
    <message>
        <source>Accept suggestion “%1”</source>
        <translation>Accepter la suggestion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::AddEntityCommand</name>
    <message>
        <source>Add entity “%1”</source>
        <translation>Ajouter l’entité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::AddEntityTypeCommand</name>
    <message>
        <source>Add entity type “%1”</source>
        <translation>Ajouter le type d’entité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::AddMentionsCommand</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>Étiqueter «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Étiqueter %n occurrence de «&#xa0;%1&#xa0;» comme %2</numerusform>
            <numerusform>Étiqueter %n occurrences de «&#xa0;%1&#xa0;» comme %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::AddNoteCommand</name>
    <message>
        <source>Add note “%1”</source>
        <translation>Ajouter la note «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::AddQuoteCommand</name>
    <message>
        <source>Tag quote “%1”</source>
        <translation>Étiqueter la citation «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::Autosaver</name>
    <message>
        <source>%1: cannot write the autosave snapshot: %2</source>
        <translation>%1&#xa0;: impossible d’écrire la sauvegarde automatique&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the autosave folder.</source>
        <translation>%1&#xa0;: impossible de créer le dossier de sauvegarde automatique.</translation>
    </message>
    <message>
        <source>%1: the autosave lock is held by another process.</source>
        <translation>%1&#xa0;: le verrou de sauvegarde automatique est détenu par un autre processus.</translation>
    </message>
</context>
<context>
    <name>sw::BundleLoader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); article details were taken from the files instead.</source>
        <translation>%1 n’est pas un JSON valide (%2 à l’octet %3)&#xa0;; les détails des articles ont été pris dans les fichiers.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation>%1 est un dossier, pas un article.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3).</source>
        <translation>%1 est trop volumineux (%2&#xa0;; la limite est de %3).</translation>
    </message>
    <message>
        <source>%1 is too large (the limit is %2).</source>
        <translation>%1 est trop volumineux (la limite est de %2).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 contains no readable text.</source>
        <translation>%1 ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>%1 contains no articles (.txt, .md or .html files).</source>
        <translation>%1 ne contient aucun article (fichiers .txt, .md ou .html).</translation>
    </message>
    <message>
        <source>%1 could not be read: it is not a regular file (a pipe, socket or device).</source>
        <translation>%1 ne peut pas être lu : ce n’est pas un fichier ordinaire (tube, socket ou périphérique).</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3); article details were taken from the files instead.</source>
        <translation>%1 est trop volumineux (%2 ; la limite est de %3) ; les informations sur les articles ont été tirées des fichiers.</translation>
    </message>
    <message>
        <source>%1 was not read: it lies outside the bundle folder %2 (named by bundle.json or reached through a link). Name it on its own to read it.</source>
        <translation>%1 n’a pas été lu : il se trouve hors du dossier du lot %2 (cité par bundle.json ou atteint par un lien). Indiquez-le seul pour le lire.</translation>
    </message>
    <message>
        <source>The HTML is nested more than %1 elements deep; the deeper tags were ignored and their text kept.</source>
        <translation>Le HTML est imbriqué sur plus de %1 niveaux ; les balises plus profondes ont été ignorées et leur texte conservé.</translation>
    </message>
    <message>
        <source>A file named “%1” in %2 was not read: its name is not valid UTF-8. Rename it to read it.</source>
        <translation>Un fichier nommé « %1 » dans %2 n’a pas été lu : son nom n’est pas en UTF-8 valide. Renommez-le pour le lire.</translation>
    </message>
</context>
<context>
    <name>sw::DeleteOrphanCommand</name>
    <message>
        <source>Delete orphaned “%1”</source>
        <translation>Supprimer l’annotation orpheline «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::EditNoteCommand</name>
    <message>
        <source>Edit note “%1”</source>
        <translation>Modifier la note «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::EntitiesModel</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n mention(s)</source>
        <translation>
            <numerusform>%1 dans %2&#xa0;: %n mention</numerusform>
            <numerusform>%1 dans %2&#xa0;: %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::EntityType</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
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
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::NotesModel</name>
    <message>
        <source>%1 (orphaned)</source>
        <translation>%1 (orpheline)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
</context>
<context>
    <name>sw::OrphansModel</name>
    <message>
        <source>Orphaned text</source>
        <translation>Texte orphelin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>…%1»%2«%3…</source>
        <translation>…%1»%2«%3…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Note: %1
%2</source>
        <translation>Note : %1
%2</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>sw::PassagesModel</name>
    <message>
        <source>near-verbatim</source>
        <translation>quasi textuel</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>exclusif</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>textuel</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Shared passages (%1)</source>
        <translation>Passages communs (%1)</translation>
    </message>
    <message>
        <source>Only here (%1)</source>
        <translation>Passages exclusifs (%1)</translation>
    </message>
    <message>
        <source>%1, moved, in: %2</source>
        <translation>%1, déplacé, dans&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, in: %2</source>
        <translation>%1, dans&#xa0;: %2</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
</context>
<context>
    <name>sw::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sw::Project</name>
    <message>
        <source>%1: the source file is missing; using the text stored in the project.</source>
        <translation>%1&#xa0;: le fichier source est manquant&#xa0;; le texte enregistré dans le projet est utilisé.</translation>
    </message>
    <message>
        <source>%1 (using the text stored in the project)</source>
        <translation>%1 (texte enregistré dans le projet)</translation>
    </message>
    <message>
        <source>%1 changed since the project was saved: %2 annotation(s) moved, %3 orphaned.</source>
        <translation>%1 a changé depuis l’enregistrement du projet&#xa0;: %2 annotation(s) déplacée(s), %3 orpheline(s).</translation>
    </message>
    <message>
        <source>Orphaned annotation in %1: “%2”</source>
        <translation>Annotation orpheline dans %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed: %2 annotation(s) moved, %3 orphaned.</source>
        <translation>%1 a changé&#xa0;: %2 annotation(s) déplacée(s), %3 orpheline(s).</translation>
    </message>
    <message>
        <source>No article with id %1 in this project.</source>
        <translation>Ce projet ne contient aucun article d’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 lies outside the project&apos;s folder and is not the text stored in the project; it was not read</source>
        <translation>%1 se trouve hors du dossier du projet et n’est pas le texte enregistré dans le projet ; il n’a pas été lu</translation>
    </message>
</context>
<context>
    <name>sw::ProjectEditor</name>
    <message>
        <source>Select a name in one of the articles first.</source>
        <translation>Sélectionnez d’abord un nom dans l’un des articles.</translation>
    </message>
    <message>
        <source>Already tagged</source>
        <translation>Déjà étiqueté</translation>
    </message>
    <message>
        <source>“%1” added to %2</source>
        <translation>« %1 » ajouté à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) tagged as %1</source>
        <translation>
            <numerusform>%n occurrence étiquetée comme %1</numerusform>
            <numerusform>%n occurrences étiquetées comme %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” tagged as %2</source>
        <translation>« %1 » étiqueté comme %2</translation>
    </message>
    <message>
        <source>New %1 “%2”</source>
        <translation>Nouveau : %1 « %2 »</translation>
    </message>
    <message>
        <source>Already tagged as a quote</source>
        <translation>Déjà étiqueté comme citation</translation>
    </message>
    <message>
        <source>Quote by %1 tagged</source>
        <translation>Citation de %1 étiquetée</translation>
    </message>
    <message>
        <source>Quote tagged without a speaker</source>
        <translation>Citation étiquetée sans locuteur</translation>
    </message>
    <message>
        <source>“%1” does not occur in this article; choose a speaker who is in the project.</source>
        <translation>« %1 » n’apparaît pas dans cet article ; choisissez un locuteur du projet.</translation>
    </message>
    <message>
        <source>Set speaker “%1”</source>
        <translation>Définir le locuteur « %1 »</translation>
    </message>
    <message>
        <source>%1 is the speaker</source>
        <translation>%1 est le locuteur</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>Fusionner %n entité dans « %1 »</numerusform>
            <numerusform>Fusionner %n entités dans « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation>Supprimer la citation « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation>
            <numerusform>Supprimer %n étiquette</numerusform>
            <numerusform>Supprimer %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
</context>
<context>
    <name>sw::ProjectFile</name>
    <message>
        <source>The project file schema could not be loaded.</source>
        <translation>Le schéma du fichier de projet n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The project file could not be validated: %1</source>
        <translation>Le fichier de projet n’a pas pu être validé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid project file at %1: %2</source>
        <translation>Fichier de projet non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Project file version %1 cannot be read.</source>
        <translation>Les fichiers de projet de version %1 ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation>%1&#xa0;: ce fichier de projet n’existe pas.</translation>
    </message>
    <message>
        <source>%1: cannot read the project file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier de projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the project file is too large.</source>
        <translation>%1&#xa0;: le fichier de projet est trop volumineux.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a valid project file (damaged or truncated): %1 at byte %2.</source>
        <translation>fichier de projet non valide (endommagé ou tronqué)&#xa0;: %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>Invalid project file at $: expected an object.</source>
        <translation>Fichier de projet non valide à $&#xa0;: un objet est attendu.</translation>
    </message>
    <message>
        <source>Invalid project file at $.version: expected a positive whole number.</source>
        <translation>Fichier de projet non valide à $.version&#xa0;: un nombre entier positif est attendu.</translation>
    </message>
    <message>
        <source>the project was saved by a newer Storyweave (file format version %1; this version reads up to %2). Please update Storyweave to open it.</source>
        <translation>le projet a été enregistré par une version plus récente de Storyweave (version de format %1&#xa0;; cette version lit jusqu’à la %2). Mettez Storyweave à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>duplicate article id “%1”</source>
        <translation>identifiant d’article «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>duplicate entity type id “%1”</source>
        <translation>identifiant de type d’entité «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>duplicate entity id “%1”</source>
        <translation>identifiant d’entité «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>unknown entity type “%1”</source>
        <translation>type d’entité «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>duplicate annotation id “%1”</source>
        <translation>identifiant d’annotation «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation>article «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation>entité «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>a mention needs an entity</source>
        <translation>une mention doit avoir une entité</translation>
    </message>
    <message>
        <source>start must not be after end</source>
        <translation>le début ne doit pas être après la fin</translation>
    </message>
    <message>
        <source>position %1 is past the end of the article text</source>
        <translation>la position %1 est au-delà de la fin du texte de l’article</translation>
    </message>
    <message>
        <source>%1: cannot save the project there, it is a folder.</source>
        <translation>%1&#xa0;: impossible d’y enregistrer le projet, c’est un dossier.</translation>
    </message>
    <message>
        <source>%1: cannot read the existing file to keep a backup: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier existant pour en garder une copie de sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a project this version of Storyweave can read (%2).</source>
        <translation>%1 n’a pas été écrasé&#xa0;: ce n’est pas un projet que cette version de Storyweave peut lire (%2).</translation>
    </message>
    <message>
        <source>%1: cannot keep the backup copy: %2</source>
        <translation>%1&#xa0;: impossible de garder la copie de sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1&#xa0;: impossible d’enregistrer le projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Storyweave project (the “format” field at $.format is missing or wrong).</source>
        <translation>pas un projet Storyweave (le champ «&#xa0;format&#xa0;» à $.format est absent ou incorrect).</translation>
    </message>
    <message>
        <source>%1: cannot save the project there, it is not a regular file.</source>
        <translation>%1 : impossible d’y enregistrer le projet, ce n’est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>sw::ProjectLock</name>
    <message>
        <source>%1 is open for writing in %2 (process %3 on %4). Close it there first; if that program is no longer running, delete %5.</source>
        <translation>%1 est ouvert en écriture dans %2 (processus %3 sur %4). Fermez-le d’abord là-bas ; si ce programme ne tourne plus, supprimez %5.</translation>
    </message>
    <message>
        <source>%1 could not be locked for writing; if no other program has it open, delete %2.</source>
        <translation>%1 n’a pas pu être verrouillé en écriture ; si aucun autre programme ne l’a ouvert, supprimez %2.</translation>
    </message>
</context>
<context>
    <name>sw::QuotesModel</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>«&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <source>“%1” left out</source>
        <translation>«&#xa0;%1&#xa0;» omis</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown speaker: “%1”</source>
        <translation>Auteur inconnu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message numerus="yes">
        <source>In %n outlet(s): %1</source>
        <translation>
            <numerusform>Dans %n média&#xa0;: %1</numerusform>
            <numerusform>Dans %n médias&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>The other outlets&apos; wording is compared with this one.</source>
        <translation>La formulation des autres médias est comparée à celle-ci.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sw::ReattachOrphanCommand</name>
    <message>
        <source>Re-attach “%1”</source>
        <translation>Rattacher «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::RejectSuggestionCommand</name>
    <message>
        <source>Reject suggestion “%1”</source>
        <translation>Rejeter la suggestion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::RemoveAnnotationCommand</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove quote “%1”</source>
        <translation>Supprimer la citation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove note “%1”</source>
        <translation>Supprimer la note «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::RemoveEntityTypeCommand</name>
    <message>
        <source>Remove entity type “%1”</source>
        <translation>Supprimer le type d’entité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::RemoveNoteCommand</name>
    <message>
        <source>Remove note “%1”</source>
        <translation>Supprimer la note «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::RenameEntityCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::ReportBuilder</name>
    <message>
        <source>Wholly derived</source>
        <translation>Entièrement dérivé</translation>
    </message>
    <message>
        <source>Partially derived</source>
        <translation>Partiellement dérivé</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Verbatim, moved; also in %1</source>
        <translation>Textuel, déplacé&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Verbatim; also in %1</source>
        <translation>Textuel&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Near-verbatim, moved; also in %1</source>
        <translation>Quasi textuel, déplacé&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Near-verbatim; also in %1</source>
        <translation>Quasi textuel&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Paraphrase, moved; also in %1</source>
        <translation>Paraphrase, déplacée&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Paraphrase; also in %1</source>
        <translation>Paraphrase&#xa0;; aussi dans %1</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>Uniquement dans cet article</translation>
    </message>
</context>
<context>
    <name>sw::ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Refusing to write a report over %1: that name is for Storyweave projects.</source>
        <translation>Le rapport n’est pas écrit sur %1 : ce nom est réservé aux projets Storyweave.</translation>
    </message>
    <message>
        <source>Refusing to write a report over %1: the report is made from that file.</source>
        <translation>Le rapport n’est pas écrit sur %1 : il est fait à partir de ce fichier.</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>l’export PDF a échoué</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>l’export OpenDocument a échoué</translation>
    </message>
</context>
<context>
    <name>sw::ReportModel</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>sw::ReportText</name>
    <message>
        <source>Storyweave report</source>
        <translation>Rapport Storyweave</translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation>Rapport de comparaison</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>En commun</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Dérivation</translation>
    </message>
    <message>
        <source>out of order against the other articles</source>
        <translation>dans un autre ordre que dans les autres articles</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>%1 shared</source>
        <translation>%1 en commun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>Citation de %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Textuel</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>Quasi textuel</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <source>the same words in another article; darker when more outlets share them</source>
        <translation>les mêmes mots dans un autre article&#xa0;; plus foncé quand plus de médias les partagent</translation>
    </message>
    <message>
        <source>the same words with small edits</source>
        <translation>les mêmes mots avec de petites modifications</translation>
    </message>
    <message>
        <source>the same content in other words</source>
        <translation>le même contenu en d’autres mots</translation>
    </message>
    <message>
        <source>found in no other article</source>
        <translation>trouvé dans aucun autre article</translation>
    </message>
    <message>
        <source>Generated %1 UTC by %2</source>
        <translation>Généré le %1 UTC par %2</translation>
    </message>
    <message>
        <source>in one article</source>
        <translation>dans un seul article</translation>
    </message>
    <message>
        <source>wording altered</source>
        <translation>formulation modifiée</translation>
    </message>
    <message>
        <source>exact in every outlet</source>
        <translation>identique dans tous les médias</translation>
    </message>
    <message>
        <source>On the whole bundle</source>
        <translation>Sur l’ensemble du lot</translation>
    </message>
    <message>
        <source>%1, on “%2”</source>
        <translation>%1, sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Reuse matrix</source>
        <translation>Matrice de réutilisation</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that also appear in the column article.</source>
        <translation>Part des mots de l’article en ligne qui figurent aussi dans l’article en colonne.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Passages found in no other article of the bundle.</source>
        <translation>Passages qui ne figurent dans aucun autre article du lot.</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Index des entités</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>words changed: %1</source>
        <translation>mots modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>In the article texts, **bold** marks words shared verbatim or nearly verbatim with another article, *italics* mark paraphrases, and ↕ marks a passage moved out of order.</source>
        <translation>Dans les textes des articles, le **gras** marque les mots repris textuellement ou presque d’un autre article, l’*italique* les paraphrases et ↕ un passage déplacé.</translation>
    </message>
    <message>
        <source>Articles: %1. Words: %2. Shared passages: %3 verbatim, %4 near-verbatim, %5 paraphrased; %6 moved. Passages only in one article: %7.</source>
        <translation>Articles&#xa0;: %1. Mots&#xa0;: %2. Passages communs&#xa0;: %3 textuels, %4 quasi textuels, %5 paraphrasés&#xa0;; %6 déplacés. Passages présents dans un seul article&#xa0;: %7.</translation>
    </message>
    <message>
        <source>%1; %2 of its words appear in other articles.</source>
        <translation>%1&#xa0;; %2 de ses mots figurent dans d’autres articles.</translation>
    </message>
    <message>
        <source>For each article, the articles that hold the largest shares of its words (at most three).</source>
        <translation>Pour chaque article, les articles qui contiennent les plus grandes parts de ses mots (trois au plus).</translation>
    </message>
    <message>
        <source>no words in common with the other articles</source>
        <translation>aucun mot en commun avec les autres articles</translation>
    </message>
    <message>
        <source>Colours as in the comparison window, darker where more outlets share the text. Underlines: dotted near-verbatim, dashed paraphrase, dash-dot moved, solid only here. Entities in bold: places also italic, organisations in small capitals.</source>
        <translation>Couleurs comme dans la fenêtre de comparaison, plus foncées là où davantage de médias partagent le texte. Soulignements&#xa0;: pointillés quasi textuel, tirets paraphrase, tiret-point déplacé, plein exclusif. Entités en gras&#xa0;: lieux aussi en italique, organisations en petites capitales.</translation>
    </message>
</context>
<context>
    <name>sw::SafeFile</name>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, pipe or socket)</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>les données n’ont pas pu être écrites</translation>
    </message>
    <message>
        <source>the file could not be completed</source>
        <translation>le fichier n’a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>sw::SetQuoteSpeakerCommand</name>
    <message>
        <source>Set speaker of quote to “%1”</source>
        <translation>Définir l’auteur de la citation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clear speaker of quote</source>
        <translation>Effacer l’auteur de la citation</translation>
    </message>
</context>
<context>
    <name>sw::SetSettingCommand</name>
    <message>
        <source>Change analysis options</source>
        <translation>Modifier les options d’analyse</translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation>Modifier le paramètre «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sw::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced with “�”.</source>
        <translation>Certains octets ne sont pas du %1 valide et ont été remplacés par «&#xa0;�&#xa0;».</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>données binaires</translation>
    </message>
    <message>
        <source>%1 is not a text article (it looks like %2).</source>
        <translation>%1 n’est pas un article texte (type détecté&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced with “�” (the first at byte %1).</source>
        <translation>
            <numerusform>%n octet n’est pas de l’UTF-8 valide et a été remplacé par «&#xa0;�&#xa0;» (le premier à l’octet %1).</numerusform>
            <numerusform>%n octets ne sont pas de l’UTF-8 valide et ont été remplacés par «&#xa0;�&#xa0;» (le premier à l’octet %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 and its encoding could not be determined.</source>
        <translation>%1 n’est pas de l’UTF-8 valide et son encodage n’a pas pu être déterminé.</translation>
    </message>
    <message>
        <source>The encoding could not be determined; the text was read as Windows-1252 and some characters may be wrong.</source>
        <translation>L’encodage n’a pas pu être déterminé&#xa0;; le texte a été lu comme du Windows-1252 et certains caractères peuvent être erronés.</translation>
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
        <translation>Usage&#xa0;: storyweave [CHEMIN...]
        storyweave &lt;commande&gt; [options] CHEMIN...

Sans commande, ouvre la fenêtre sur le lot, le projet ou les fichiers indiqués.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help (or `storyweave &lt;command&gt; --help`).
  -v, --version  Show the version.
</source>
        <translation>
Options&#xa0;:
  -h, --help     Afficher cette aide (ou `storyweave &lt;commande&gt; --help`).
  -v, --version  Afficher la version.
</translation>
    </message>
    <message>
        <source>storyweave: unknown command “%1”. See storyweave --help.
</source>
        <translation>storyweave&#xa0;: commande «&#xa0;%1&#xa0;» inconnue. Voir storyweave --help.
</translation>
    </message>
    <message>
        <source>storyweave: no input given; pass a folder or article files.
</source>
        <translation>storyweave&#xa0;: aucune entrée&#xa0;; indiquez un dossier ou des fichiers d’articles.
</translation>
    </message>
    <message>
        <source>storyweave: skipped: %1
</source>
        <translation>storyweave&#xa0;: ignoré&#xa0;: %1
</translation>
    </message>
    <message>
        <source>storyweave: no readable article in %1.
</source>
        <translation>storyweave&#xa0;: aucun article lisible dans %1.
</translation>
    </message>
</context>
<context>
    <name>sw::cli::AnalyzeCommand</name>
    <message>
        <source>Compare the articles of a bundle: shared passages, “only here” text, coverage, derivation.</source>
        <translation>Comparer les articles d’un lot&#xa0;: passages communs, texte exclusif, couverture, dérivation.</translation>
    </message>
    <message>
        <source>Minimum number of matching words in a shared passage (default %1).</source>
        <translation>Nombre minimal de mots identiques dans un passage commun (par défaut&#xa0;: %1).</translation>
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
        <translation>storyweave analyze&#xa0;: --min-words attend un nombre entier supérieur ou égal à 1.
</translation>
    </message>
    <message>
        <source>storyweave analyze: --paraphrase-threshold needs a number of at least 0.
</source>
        <translation>storyweave analyze&#xa0;: --paraphrase-threshold attend un nombre supérieur ou égal à 0.
</translation>
    </message>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Lot&#xa0;: %1 (%n article)
</numerusform>
            <numerusform>Lot&#xa0;: %1 (%n articles)
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
        <translation>  mots&#xa0;:       %1
</translation>
    </message>
    <message>
        <source>  derivation: %1
</source>
        <translation>  dérivation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  shared:     %1% with any other article
</source>
        <translation>  partagé&#xa0;:    %1&#xa0;% avec d’autres articles
</translation>
    </message>
    <message>
        <source>    %1% with %2
</source>
        <translation>    %1&#xa0;% avec %2
</translation>
    </message>
    <message>
        <source>Shared passages (%1)
</source>
        <translation>Passages communs (%1)
</translation>
    </message>
    <message>
        <source>#%1 %2, score %3
</source>
        <translation>#%1 %2, score %3
</translation>
    </message>
    <message>
        <source>  %1 (moved): %2
</source>
        <translation>  %1 (déplacé)&#xa0;: %2
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Only here (%1)
</source>
        <translation>Passages exclusifs (%1)
</translation>
    </message>
    <message>
        <source>Minimum score (0–1) of the same-fact tier for a paraphrase; above 1 turns the tier off (default %1).</source>
        <translation>Score minimal (0–1) du niveau « même fait » pour une paraphrase ; au-delà de 1, ce niveau est désactivé (par défaut %1).</translation>
    </message>
</context>
<context>
    <name>sw::cli::CommandParser</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>A bundle folder or article files.</source>
        <translation>Un dossier de lot ou des fichiers d’articles.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>CHEMIN...</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text or json).</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (utilisez text ou json).</translation>
    </message>
    <message>
        <source>storyweave %1: %2</source>
        <translation>storyweave %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sw::cli::ExportCommand</name>
    <message>
        <source>Write a report (html, pdf, odt, md, csv, jsonld, tei) of a project or bundle.</source>
        <translation>Écrire un rapport (html, pdf, odt, md, csv, jsonld, tei) sur un projet ou un lot.</translation>
    </message>
    <message>
        <source>Report format: %1.</source>
        <translation>Format du rapport&#xa0;: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Output file (csv: FILE.csv becomes FILE-entities.csv, FILE-mentions.csv and FILE-quotes.csv; anything else is a folder).</source>
        <translation>Fichier de sortie (csv&#xa0;: FICHIER.csv devient FICHIER-entities.csv, FICHIER-mentions.csv et FICHIER-quotes.csv&#xa0;; sinon c’est un dossier).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Leave out the article texts with their highlights.</source>
        <translation>Omettre les textes des articles et leur surlignage.</translation>
    </message>
    <message>
        <source>Leave out the reuse matrix.</source>
        <translation>Omettre la matrice de réutilisation.</translation>
    </message>
    <message>
        <source>Leave out the “only here” passages.</source>
        <translation>Omettre les passages exclusifs.</translation>
    </message>
    <message>
        <source>Leave out the entity index.</source>
        <translation>Omettre l’index des entités.</translation>
    </message>
    <message>
        <source>Leave out the quotes.</source>
        <translation>Omettre les citations.</translation>
    </message>
    <message>
        <source>Leave out the notes.</source>
        <translation>Omettre les notes.</translation>
    </message>
    <message>
        <source>A project file, or a bundle folder or article files.</source>
        <translation>Un fichier de projet, un dossier de lot ou des fichiers d’articles.</translation>
    </message>
    <message>
        <source>FILE.storyweave|PATH...</source>
        <translation>FICHIER.storyweave|CHEMIN...</translation>
    </message>
    <message>
        <source>storyweave export: give --format, one of %1.
</source>
        <translation>storyweave export&#xa0;: indiquez --format, parmi %1.
</translation>
    </message>
    <message>
        <source>storyweave export: %1 needs the graphical libraries; this build started without them.
</source>
        <translation>storyweave export&#xa0;: %1 nécessite les bibliothèques graphiques&#xa0;; ce programme a démarré sans elles.
</translation>
    </message>
    <message>
        <source>storyweave export: give the output file with -o.
</source>
        <translation>storyweave export&#xa0;: indiquez le fichier de sortie avec -o.
</translation>
    </message>
    <message>
        <source>storyweave export: %1
</source>
        <translation>storyweave export&#xa0;: %1
</translation>
    </message>
    <message>
        <source>storyweave export: warning: %1
</source>
        <translation>storyweave export&#xa0;: attention&#xa0;: %1
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 écrit
</translation>
    </message>
</context>
<context>
    <name>sw::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Bundle: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Lot&#xa0;: %1 (%n article)
</numerusform>
            <numerusform>Lot&#xa0;: %1 (%n articles)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  title:    %1
</source>
        <translation>  titre&#xa0;:     %1
</translation>
    </message>
    <message>
        <source>  outlet:   %1
</source>
        <translation>  média&#xa0;:     %1
</translation>
    </message>
    <message>
        <source>  format:   %1
</source>
        <translation>  format&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>  encoding: %1
</source>
        <translation>  encodage&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>  words:    %1
</source>
        <translation>  mots&#xa0;:      %1
</translation>
    </message>
    <message>
        <source>  warning:  %1
</source>
        <translation>  attention&#xa0;: %1
</translation>
    </message>
    <message>
        <source>skipped:  %1
</source>
        <translation>ignoré&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>Describe the articles of a bundle (file, encoding, title, words, warnings) or a project file.</source>
        <translation>Décrire les articles d’un lot (fichier, encodage, titre, mots, avertissements) ou un fichier de projet.</translation>
    </message>
    <message>
        <source>storyweave info: %1
</source>
        <translation>storyweave info&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Project: %1 (%n article(s))
</source>
        <translation>
            <numerusform>Projet&#xa0;: %1 (%n article)
</numerusform>
            <numerusform>Projet&#xa0;: %1 (%n articles)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3  source: %4
</source>
        <translation>  %1  %2  %3  source&#xa0;: %4
</translation>
    </message>
    <message>
        <source>Entities: %1
</source>
        <translation>Entités&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Annotations: %1 (mentions %2, quotes %3, notes %4)
</source>
        <translation>Annotations&#xa0;: %1 (mentions %2, citations %3, notes %4)
</translation>
    </message>
    <message>
        <source>Orphans: %1
</source>
        <translation>Orphelines&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  %1 in %2: “%3”
</source>
        <translation>  %1 dans %2&#xa0;: «&#xa0;%3&#xa0;»
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>attention&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>sw::cli::NewCommand</name>
    <message>
        <source>Create a project file from a bundle, optionally accepting every suggestion.</source>
        <translation>Créer un fichier de projet à partir d’un lot, en acceptant éventuellement toutes les suggestions.</translation>
    </message>
    <message>
        <source>The project file to create (.storyweave).</source>
        <translation>Le fichier de projet à créer (.storyweave).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Tag every suggested person, place, organisation and quote.</source>
        <translation>Étiqueter toutes les personnes, lieux, organisations et citations suggérés.</translation>
    </message>
    <message>
        <source>Replace an existing project file.</source>
        <translation>Remplacer un fichier de projet existant.</translation>
    </message>
    <message>
        <source>storyweave new: %1
</source>
        <translation>storyweave new&#xa0;: %1
</translation>
    </message>
    <message>
        <source>storyweave new: missing -o FILE.storyweave (the project file to create).
</source>
        <translation>storyweave new&#xa0;: -o FICHIER.storyweave manquant (le fichier de projet à créer).
</translation>
    </message>
    <message>
        <source>storyweave new: %1 already exists; use --force to replace it.
</source>
        <translation>storyweave new&#xa0;: %1 existe déjà&#xa0;; utilisez --force pour le remplacer.
</translation>
    </message>
    <message>
        <source>Created %1: %2 article(s), %3 entities, %4 annotation(s).
</source>
        <translation>%1 créé&#xa0;: %2 article(s), %3 entités, %4 annotation(s).
</translation>
    </message>
</context>
<context>
    <name>sw::cli::SuggestCommand</name>
    <message>
        <source>Suggest people, places, organisations and quotes found in a bundle.</source>
        <translation>Suggérer les personnes, lieux, organisations et citations trouvés dans un lot.</translation>
    </message>
    <message numerus="yes">
        <source>person        %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>personne      %1 (%n mention dans %2)
</numerusform>
            <numerusform>personne      %1 (%n mentions dans %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place         %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>lieu          %1 (%n mention dans %2)
</numerusform>
            <numerusform>lieu          %1 (%n mentions dans %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>organisation  %1 (%n mention(s) in %2)
</source>
        <translation>
            <numerusform>organisation  %1 (%n mention dans %2)
</numerusform>
            <numerusform>organisation  %1 (%n mentions dans %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; altered; in %2)
</source>
        <translation>citation      «&#xa0;%1&#xa0;» (auteur inconnu&#xa0;; modifiée&#xa0;; dans %2)
</translation>
    </message>
    <message>
        <source>quote         “%1” (unknown speaker; exact; in %2)
</source>
        <translation>citation      «&#xa0;%1&#xa0;» (auteur inconnu&#xa0;; exacte&#xa0;; dans %2)
</translation>
    </message>
    <message>
        <source>quote         “%1” (%2; altered; in %3)
</source>
        <translation>citation      «&#xa0;%1&#xa0;» (%2&#xa0;; modifiée&#xa0;; dans %3)
</translation>
    </message>
    <message>
        <source>quote         “%1” (%2; exact; in %3)
</source>
        <translation>citation      «&#xa0;%1&#xa0;» (%2&#xa0;; exacte&#xa0;; dans %3)
</translation>
    </message>
    <message>
        <source>Only suggestions at least this confident (0–1, default %1).</source>
        <translation>Seulement les suggestions d’au moins cette confiance (0–1, par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--min-confidence needs a number from 0 to 1.</source>
        <translation>--min-confidence attend un nombre entre 0 et 1.</translation>
    </message>
</context>
<context>
    <name>sw::cli::TagCommand</name>
    <message>
        <source>Tag a name in a project as a person, place, organisation or user type, and save.</source>
        <translation>Étiqueter un nom dans un projet comme personne, lieu, organisation ou type personnalisé, puis enregistrer.</translation>
    </message>
    <message>
        <source>Entity type: person, place, organisation or a user-defined type.</source>
        <translation>Type d’entité&#xa0;: person, place, organisation ou un type défini par l’utilisateur.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The text to tag, as it appears.</source>
        <translation>Le texte à étiqueter, tel qu’il apparaît.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Canonical name of the entity (default: the text).</source>
        <translation>Nom canonique de l’entité (par défaut&#xa0;: le texte).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Tag every occurrence in every article.</source>
        <translation>Étiqueter toutes les occurrences dans tous les articles.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>FILE.storyweave</source>
        <translation>FICHIER.storyweave</translation>
    </message>
    <message>
        <source>storyweave tag: %1
</source>
        <translation>storyweave tag&#xa0;: %1
</translation>
    </message>
    <message>
        <source>storyweave tag: give exactly one project file.
</source>
        <translation>storyweave tag&#xa0;: indiquez exactement un fichier de projet.
</translation>
    </message>
    <message>
        <source>storyweave tag: --type and --text are required.
</source>
        <translation>storyweave tag&#xa0;: --type et --text sont obligatoires.
</translation>
    </message>
    <message>
        <source>storyweave tag: warning: %1
</source>
        <translation>storyweave tag&#xa0;: attention&#xa0;: %1
</translation>
    </message>
    <message>
        <source>storyweave tag: unknown type “%1” (known: %2).
</source>
        <translation>storyweave tag&#xa0;: type «&#xa0;%1&#xa0;» inconnu (types connus&#xa0;: %2).
</translation>
    </message>
    <message>
        <source>storyweave tag: “%1” does not occur in any article.
</source>
        <translation>storyweave tag&#xa0;: «&#xa0;%1&#xa0;» n’apparaît dans aucun article.
</translation>
    </message>
    <message>
        <source>Nothing to do: “%1” is already tagged there.
</source>
        <translation>Rien à faire&#xa0;: «&#xa0;%1&#xa0;» y est déjà étiqueté.
</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s) of “%1” as %2 (entity “%3”).
</source>
        <translation>
            <numerusform>%n occurrence de «&#xa0;%1&#xa0;» étiquetée comme %2 (entité «&#xa0;%3&#xa0;»).
</numerusform>
            <numerusform>%n occurrences de «&#xa0;%1&#xa0;» étiquetées comme %2 (entité «&#xa0;%3&#xa0;»).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::AnnotationPanels</name>
    <message>
        <source>Tagging</source>
        <translation>Étiquetage</translation>
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
        <translation>Volet d’article&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n mot</numerusform>
            <numerusform>%1 · %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Move pane left</source>
        <translation>Déplacer le volet à gauche</translation>
    </message>
    <message>
        <source>Move pane right</source>
        <translation>Déplacer le volet à droite</translation>
    </message>
    <message>
        <source>Hide pane</source>
        <translation>Masquer le volet</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>%1 % shared · %2</source>
        <translation>%1&#xa0;% en commun · %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::ArticleTextView</name>
    <message>
        <source>Only in this article: no other outlet has this text.</source>
        <translation>Uniquement dans cet article&#xa0;: aucun autre média n’a ce texte.</translation>
    </message>
    <message>
        <source>%1 passage, moved: also in %2</source>
        <translation>Passage (%1), déplacé&#xa0;: aussi dans %2</translation>
    </message>
    <message>
        <source>%1 passage: also in %2</source>
        <translation>Passage (%1)&#xa0;: aussi dans %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the visible panes</source>
        <translation>
            <numerusform>%n correspondance dans les volets visibles</numerusform>
            <numerusform>%n correspondances dans les volets visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles are open.

Open a folder with several outlets&apos; articles on one story (File → Open Folder…, Ctrl+O) or drop their files here.</source>
        <translation>Aucun article n’est ouvert.

Ouvrez un dossier contenant les articles de plusieurs médias sur un même sujet (Fichier → Ouvrir un dossier…, Ctrl+O) ou déposez leurs fichiers ici.</translation>
    </message>
</context>
<context>
    <name>sw::ui::DesktopController</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>Afficher la s&amp;ource</translation>
    </message>
    <message>
        <source>Show the raw HTML, Markdown or text the active article was read from</source>
        <translation>Afficher le HTML, le Markdown ou le texte brut dont l’article actif a été lu</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Source view: %1.</source>
        <translation>Affichage de la source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Expor&amp;ter le rapport…</translation>
    </message>
    <message>
        <source>Write the comparison and the annotations as HTML, PDF, ODT, Markdown, CSV, JSON-LD or TEI</source>
        <translation>Écrire la comparaison et les annotations en HTML, PDF, ODT, Markdown, CSV, JSON-LD ou TEI</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentController</name>
    <message>
        <source>&amp;New Project from Folder…</source>
        <translation>&amp;Nouveau projet depuis un dossier…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Storyweave projects (*.storyweave)</source>
        <translation>Projets Storyweave (*.storyweave)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed; see the Orphans panel.</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être placée&#xa0;; voir le panneau «&#xa0;Orphelines&#xa0;».</numerusform>
            <numerusform>%n annotations n’ont pas pu être placées&#xa0;; voir le panneau «&#xa0;Orphelines&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before going on?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Could not open the project %1.</source>
        <translation>Impossible d’ouvrir le projet %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the sources of this project.</source>
        <translation>
            <numerusform>%n problème avec les sources de ce projet.</numerusform>
            <numerusform>%n problèmes avec les sources de ce projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; the text stored in the project is shown.</source>
        <translation>%1 est manquant&#xa0;; le texte enregistré dans le projet est affiché.</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localiser %1</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it? Annotations are placed again; those that cannot be are listed under Orphans.</source>
        <translation>%1 a été modifié sur le disque. Le recharger&#xa0;? Les annotations sont replacées&#xa0;; celles qui ne peuvent pas l’être sont listées dans «&#xa0;Orphelines&#xa0;».</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>The project was not saved to %1; your work is still open.</source>
        <translation>Le projet n’a pas été enregistré dans %1&#xa0;; votre travail est toujours ouvert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved work on “%1” from %2 was left behind when Storyweave last stopped. Recover it?</source>
        <translation>Du travail non enregistré sur «&#xa0;%1&#xa0;» datant du %2 est resté lors du dernier arrêt de Storyweave. Le récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>The autosaved work could not be opened.</source>
        <translation>Le travail sauvegardé automatiquement n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Recovered unsaved work; save it to keep it.</source>
        <translation>Travail non enregistré récupéré&#xa0;; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>%1 (articles, no project yet)[*] — Storyweave</source>
        <translation>%1 (articles, pas encore de projet)[*] — Storyweave</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntitiesDock</name>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the entity (or double-click its name)</source>
        <translation>Renommer l’entité (ou double-cliquer sur son nom)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation>Fusionner les entités sélectionnées dans l’entité actuelle</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Remove the selected mentions&apos; tags</source>
        <translation>Supprimer les étiquettes des mentions sélectionnées</translation>
    </message>
    <message>
        <source>Tag All…</source>
        <translation>Tout étiqueter…</translation>
    </message>
    <message>
        <source>Find the entity&apos;s names in every article and tag them</source>
        <translation>Rechercher les noms de l’entité dans tous les articles et les étiqueter</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Entités par type</translation>
    </message>
    <message>
        <source>Entities by outlet</source>
        <translation>Entités par média</translation>
    </message>
    <message>
        <source>By Type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By Outlet</source>
        <translation>Par média</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner les entités</translation>
    </message>
    <message>
        <source>Name of the merged entity (the others stay as aliases):</source>
        <translation>Nom de l’entité fusionnée (les autres restent des alias) :</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityChooser</name>
    <message>
        <source>Tag “%1”</source>
        <translation>Étiqueter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Links to the existing entity “%1”.</source>
        <translation>Lie à l’entité existante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Creates a new entity.</source>
        <translation>Crée une nouvelle entité.</translation>
    </message>
</context>
<context>
    <name>sw::ui::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation>Types d’entités</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Types d’entités</translation>
    </message>
    <message>
        <source>New type, e.g. Vessel</source>
        <translation>Nouveau type, p. ex. Navire</translation>
    </message>
    <message>
        <source>Colour of the new type</source>
        <translation>Couleur du nouveau type</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (prédéfini)</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML page (one self-contained file)</source>
        <translation>Page HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV tables (entities, mentions, quotes)</source>
        <translation>Tableaux CSV (entités, mentions, citations)</translation>
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
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregi&amp;strer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>&amp;Articles with their highlights and tags</source>
        <translation>&amp;Articles avec leur surlignage et leurs étiquettes</translation>
    </message>
    <message>
        <source>Reuse &amp;matrix</source>
        <translation>&amp;Matrice de réutilisation</translation>
    </message>
    <message>
        <source>“Only &amp;here” passages</source>
        <translation>Passages e&amp;xclusifs</translation>
    </message>
    <message>
        <source>&amp;Entity index</source>
        <translation>&amp;Index des entités</translation>
    </message>
    <message>
        <source>&amp;Quotes with speakers and drift</source>
        <translation>&amp;Citations avec auteurs et variations</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Text to find in every pane</source>
        <translation>Texte à rechercher dans tous les volets</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Respecter la casse</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>sw::ui::LegendBar</name>
    <message>
        <source>Highlight legend</source>
        <translation>Légende du surlignage</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>textuel</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>quasi textuel</translation>
    </message>
    <message>
        <source>changed words</source>
        <translation>mots modifiés</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation>uniquement dans cet article</translation>
    </message>
    <message>
        <source>deeper = shared by more outlets</source>
        <translation>plus soutenu = partagé par plus de médias</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <source>&amp;Verbatim</source>
        <translation>&amp;Mot pour mot</translation>
    </message>
    <message>
        <source>&amp;Near-verbatim</source>
        <translation>&amp;Presque mot pour mot</translation>
    </message>
    <message>
        <source>&amp;Changed words</source>
        <translation>Mots &amp;modifiés</translation>
    </message>
    <message>
        <source>&amp;Paraphrase</source>
        <translation>&amp;Paraphrase</translation>
    </message>
    <message>
        <source>&amp;Moved passages</source>
        <translation>Passages &amp;déplacés</translation>
    </message>
    <message>
        <source>&amp;Only in this article</source>
        <translation>&amp;Uniquement dans cet article</translation>
    </message>
    <message>
        <source>%1: click to hide</source>
        <translation>%1 : cliquer pour masquer</translation>
    </message>
    <message>
        <source>%1: hidden, click to show</source>
        <translation>%1 : masqué, cliquer pour afficher</translation>
    </message>
    <message>
        <source>Blue: verbatim; teal with dotted underline: near-verbatim, changed words wavy; violet with dashed underline: paraphrase; dashed margin bracket: moved; orange with a solid margin bar: only in this article; fine dotted underline: a suggested name or quote to tag. Deeper colour: more outlets. Click an entry to hide or show that highlight.</source>
        <translation>Bleu : mot pour mot ; turquoise souligné en pointillé : quasi mot pour mot, mots modifiés ondulés ; violet souligné en tirets : paraphrase ; crochet de marge en tirets : déplacé ; orange avec une barre de marge pleine : uniquement dans cet article ; fin soulignement pointillé : un nom ou une citation suggérés à baliser. Couleur plus soutenue : plus de médias. Cliquez sur une entrée pour masquer ou afficher ce surlignage.</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Ouvrir des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Example Story</source>
        <translation>Ouvrir l’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation>Rec&amp;hercher dans tous les articles…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence s&amp;uivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence précé&amp;dente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Next &amp;Shared Passage</source>
        <translation>Passage &amp;commun suivant</translation>
    </message>
    <message>
        <source>Previous S&amp;hared Passage</source>
        <translation>Passage co&amp;mmun précédent</translation>
    </message>
    <message>
        <source>Next &amp;Only-Here Passage</source>
        <translation>Passage &amp;exclusif suivant</translation>
    </message>
    <message>
        <source>Previous O&amp;nly-Here Passage</source>
        <translation>Passage e&amp;xclusif précédent</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Volets</translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation>Déplacer le volet à &amp;gauche</translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation>Déplacer le volet à &amp;droite</translation>
    </message>
    <message>
        <source>Show &amp;All Panes</source>
        <translation>Afficher &amp;tous les volets</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Ré&amp;initialiser le zoom</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation>&amp;Comparer à nouveau</translation>
    </message>
    <message>
        <source>C&amp;ancel Comparison</source>
        <translation>&amp;Annuler la comparaison</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Storyweave</source>
        <translation>À &amp;propos de Storyweave</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Go to Pane</source>
        <translation>A&amp;ller au volet</translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation>Volet &amp;%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Comparison progress</source>
        <translation>Progression de la comparaison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No article could be opened from %1.</source>
        <translation>Aucun article n’a pu être ouvert depuis %1.</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Rien à comparer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened; the rest of the bundle is shown.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ouvert&#xa0;; le reste du lot est affiché.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ouverts&#xa0;; le reste du lot est affiché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n article(s)…</source>
        <translation>
            <numerusform>Comparaison de %n article…</numerusform>
            <numerusform>Comparaison de %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled; the texts are shown without highlights (F5 compares again).</source>
        <translation>Comparaison annulée&#xa0;; les textes sont affichés sans surlignage (F5 pour comparer à nouveau).</translation>
    </message>
    <message>
        <source>Open Story Bundle</source>
        <translation>Ouvrir un lot d’articles</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 et %n autre fichier</numerusform>
            <numerusform>%1 et %n autres fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>About Storyweave</source>
        <translation>À propos de Storyweave</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared: %1 shared passages, %2 only-here passages. Click a passage to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: next/previous only-here.</source>
        <translation>
            <numerusform>%n article comparé&#xa0;: %1 passages communs, %2 passages exclusifs. Cliquez sur un passage pour y aligner les autres volets&#xa0;; F8/Maj+F8&#xa0;: passage commun suivant/précédent, F9/Maj+F9&#xa0;: passage exclusif suivant/précédent.</numerusform>
            <numerusform>%n articles comparés&#xa0;: %1 passages communs, %2 passages exclusifs. Cliquez sur un passage pour y aligner les autres volets&#xa0;; F8/Maj+F8&#xa0;: passage commun suivant/précédent, F9/Maj+F9&#xa0;: passage exclusif suivant/précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;Storyweave projects (*.storyweave)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Projets Storyweave (*.storyweave)</translation>
    </message>
    <message>
        <source>Storyweave %1
Compare news articles side by side.

%2</source>
        <translation>Storyweave %1
Comparer des articles de presse côte à côte.

%2</translation>
    </message>
    <message>
        <source>No only-here passage in this pane</source>
        <translation>Aucun passage exclusif dans ce volet</translation>
    </message>
    <message>
        <source>No shared passage in this pane</source>
        <translation>Aucun passage commun dans ce volet</translation>
    </message>
    <message>
        <source>Continued from the beginning of the article</source>
        <translation>Reprise au début de l’article</translation>
    </message>
    <message>
        <source>Continued from the end of the article</source>
        <translation>Reprise à la fin de l’article</translation>
    </message>
    <message>
        <source>These articles have a project with your tags and notes: %1. Open it?</source>
        <translation>Ces articles ont un projet avec vos étiquettes et notes : %1. L’ouvrir ?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Open Articles…</source>
        <translation>Ouvrir des articles…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Try the Example</source>
        <translation>Essayer l’exemple</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles : %1</translation>
    </message>
    <message>
        <source>Welcome to Storyweave. Open a folder with several outlets&apos; articles on one story: the panes show what they share and what only one has. Select a name and press a key from 1 to 4 to tag it, add notes, save the project (Ctrl+S) and export a report (Ctrl+E). Next time Storyweave opens where you left off.</source>
        <translation>Bienvenue dans Storyweave. Ouvrez un dossier contenant les articles de plusieurs médias sur un même sujet : les volets montrent ce qu’ils partagent et ce qu’un seul rapporte. Sélectionnez un nom et appuyez sur une touche de 1 à 4 pour l’étiqueter, ajoutez des notes, enregistrez le projet (Ctrl+S) et exportez un rapport (Ctrl+E). Au prochain démarrage, Storyweave reprend là où vous vous êtes arrêté.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>Go to Pane menu: key digit, outlet</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation>Volet &amp;%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>sw::ui::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Note sur «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. unverified, check with source</source>
        <translation>p. ex. non vérifié, à confirmer auprès de la source</translation>
    </message>
</context>
<context>
    <name>sw::ui::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>sw::ui::OrphansDock</name>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Annotations whose text changed in the source. Select the right text in the article and re-attach, or delete them.</source>
        <translation>Annotations dont le texte a changé dans la source. Sélectionnez le bon texte dans l’article et rattachez-les, ou supprimez-les.</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Orphelines (%1)</translation>
    </message>
    <message>
        <source>Select the text to re-attach to in the article first.</source>
        <translation>Sélectionnez d’abord dans l’article le texte auquel rattacher l’annotation.</translation>
    </message>
    <message>
        <source>Select the text in %1: the annotation belongs to that article.</source>
        <translation>Sélectionnez le texte dans %1&#xa0;: l’annotation appartient à cet article.</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewStrip</name>
    <message>
        <source>Overview of shared and only-here text</source>
        <translation>Vue d’ensemble du texte commun et exclusif</translation>
    </message>
    <message>
        <source>Overview: deeper colour = shared by more outlets, orange = only here. Click to jump.</source>
        <translation>Vue d’ensemble&#xa0;: couleur plus soutenue = partagé par plus de médias, orange = exclusif. Cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PassagesDock</name>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Shared and only-here passages</source>
        <translation>Passages communs et exclusifs</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignage</translation>
    </message>
    <message>
        <source>&amp;Analysis and Saving</source>
        <translation>&amp;Analyse et enregistrement</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>Thè&amp;me de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time Storyweave starts.</source>
        <translation>La langue changera au prochain démarrage de Storyweave.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (follow the palette)</source>
        <translation>Automatique (suivre la palette)</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>Fond clair</translation>
    </message>
    <message>
        <source>Dark background</source>
        <translation>Fond sombre</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verbatim shared text:</source>
        <translation>Texte commun te&amp;xtuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Near-verbatim text:</source>
        <translation>Texte &amp;quasi textuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paraphrase:</source>
        <translation>Pa&amp;raphrase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Moved passages:</source>
        <translation>Passages &amp;déplacés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only here:</source>
        <translation>&amp;Exclusif&#xa0;:</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Couleur de surlignage</translation>
    </message>
    <message>
        <source>&amp;Reset to Preset</source>
        <translation>Réta&amp;blir le préréglage</translation>
    </message>
    <message>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <source>Minimum &amp;passage length:</source>
        <translation>Longueur minimale de &amp;passage&#xa0;:</translation>
    </message>
    <message>
        <source>Find &amp;paraphrases</source>
        <translation>Rechercher les pa&amp;raphrases</translation>
    </message>
    <message>
        <source>How much weighted word overlap two sentences need to count as a paraphrase.</source>
        <translation>Recouvrement pondéré de mots nécessaire pour que deux phrases comptent comme paraphrase.</translation>
    </message>
    <message>
        <source>Paraphrase &amp;threshold:</source>
        <translation>Seui&amp;l de paraphrase&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Sauvegarde auto&amp;matique toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sw::ui::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected quote</source>
        <translation>Supprimer la citation sélectionnée</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(aucun auteur)</translation>
    </message>
</context>
<context>
    <name>sw::ui::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation>Source de %1</translation>
    </message>
    <message>
        <source>Article source</source>
        <translation>Source de l’article</translation>
    </message>
    <message>
        <source>Source text of %1</source>
        <translation>Texte source de %1</translation>
    </message>
    <message>
        <source>no highlighting</source>
        <translation>pas de coloration</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Source highlighting theme</source>
        <translation>Thème de coloration du source</translation>
    </message>
</context>
<context>
    <name>sw::ui::SuggestionPopup</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
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
        <translation>thèmes clair et sombre intégrés (KSyntaxHighlighting pour Qt 6 n’a pas été trouvé à la compilation)</translation>
    </message>
</context>
<context>
    <name>sw::ui::TagAllDialog</name>
    <message>
        <source>Tag All Occurrences of “%1”</source>
        <translation>Étiqueter toutes les occurrences de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tag as &amp;type:</source>
        <translation>Étiqueter comme &amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>%1: …%2…</source>
        <translation>%1&#xa0;: …%2…</translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation>&amp;Étiqueter les éléments cochés</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>Tout c&amp;ocher</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not tagged yet; uncheck those that are not this entity.</source>
        <translation>
            <numerusform>%n endroit pas encore étiqueté ; décochez ceux qui ne sont pas cette entité.</numerusform>
            <numerusform>%n endroits pas encore étiquetés ; décochez ceux qui ne sont pas cette entité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::TagController</name>
    <message>
        <source>Tag as &amp;Person</source>
        <translation>Étiqueter comme &amp;personne</translation>
    </message>
    <message>
        <source>Tag as P&amp;lace</source>
        <translation>Étiqueter comme &amp;lieu</translation>
    </message>
    <message>
        <source>Tag as &amp;Organisation</source>
        <translation>Étiqueter comme &amp;organisation</translation>
    </message>
    <message>
        <source>Tag as &amp;Quote</source>
        <translation>Étiqueter comme &amp;citation</translation>
    </message>
    <message>
        <source>Tag &amp;As…</source>
        <translation>&amp;Étiqueter comme…</translation>
    </message>
    <message>
        <source>Tag All &amp;Occurrences…</source>
        <translation>Étiqueter &amp;toutes les occurrences…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>No tag at the cursor</source>
        <translation>Aucune étiquette sous le curseur</translation>
    </message>
    <message>
        <source>&amp;Entity Types…</source>
        <translation>T&amp;ypes d’entités…</translation>
    </message>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation>Afficher les su&amp;ggestions</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>Select a name in one of the articles first.</source>
        <translation>Sélectionnez d’abord un nom dans l’un des articles.</translation>
    </message>
    <message>
        <source>Select a quote in one of the articles first.</source>
        <translation>Sélectionnez d’abord une citation dans l’un des articles.</translation>
    </message>
    <message>
        <source>Select the text the note is about first.</source>
        <translation>Sélectionnez d’abord le texte concerné par la note.</translation>
    </message>
    <message numerus="yes">
        <source>Accept: Person “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accepter&#xa0;: personne «&#xa0;%1&#xa0;» (%n mention)</numerusform>
            <numerusform>Accepter&#xa0;: personne «&#xa0;%1&#xa0;» (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Place “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accepter&#xa0;: lieu «&#xa0;%1&#xa0;» (%n mention)</numerusform>
            <numerusform>Accepter&#xa0;: lieu «&#xa0;%1&#xa0;» (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept: Organisation “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Accepter&#xa0;: organisation «&#xa0;%1&#xa0;» (%n mention)</numerusform>
            <numerusform>Accepter&#xa0;: organisation «&#xa0;%1&#xa0;» (%n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept: Quote “%1”</source>
        <translation>Accepter&#xa0;: citation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Accept: Quote by %1 “%2”</source>
        <translation>Accepter&#xa0;: citation de %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Rejeter la suggestion</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tag All Occurrences of “%1”…</source>
        <translation>Étiqueter toutes les occurrences de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Remove Quote “%1”</source>
        <translation>Supprimer la citation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Quote tagged; suggested speaker %1: confirm with Set Speaker in the quote&apos;s context menu</source>
        <translation>Citation étiquetée ; locuteur suggéré %1 : confirmez avec « Définir le locuteur » dans le menu contextuel de la citation</translation>
    </message>
    <message>
        <source>Set Speaker: %1</source>
        <translation>Définir le locuteur : %1</translation>
    </message>
    <message>
        <source>Suggested: “%1”. Click to accept or reject; double-click selects the word.</source>
        <translation>Suggestion : « %1 ». Cliquez pour accepter ou refuser ; un double-clic sélectionne le mot.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested person: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Personne suggérée : « %1 » (%n mention)</numerusform>
            <numerusform>Personne suggérée : « %1 » (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested place: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Lieu suggéré : « %1 » (%n mention)</numerusform>
            <numerusform>Lieu suggéré : « %1 » (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested organisation: “%1” (%n mention(s))</source>
        <translation>
            <numerusform>Organisation suggérée : « %1 » (%n mention)</numerusform>
            <numerusform>Organisation suggérée : « %1 » (%n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested quote: “%1”</source>
        <translation>Citation suggérée : « %1 »</translation>
    </message>
    <message>
        <source>Suggested quote by %1: “%2”</source>
        <translation>Citation suggérée de %1 : « %2 »</translation>
    </message>
</context>
</TS>
