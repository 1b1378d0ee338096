<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutText</name>
    <message>
        <source>The Qt Company and contributors</source>
        <translation>The Qt Company et contributeurs</translation>
    </message>
    <message>
        <source>Sean Gillies and contributors</source>
        <translation>Sean Gillies et contributeurs</translation>
    </message>
    <message>
        <source>NumPy developers</source>
        <translation>développeurs de NumPy</translation>
    </message>
    <message>
        <source>Kirill Simonov and Ingy döt Net</source>
        <translation>Kirill Simonov et Ingy döt Net</translation>
    </message>
    <message>
        <source>About Massage Trainer</source>
        <translation>À propos de Massage Trainer</translation>
    </message>
    <message>
        <source>Learn where to massage on the body, back and front, and where not to.</source>
        <translation>Apprenez où masser le corps, de dos comme de face, et où ne pas le faire.</translation>
    </message>
    <message>
        <source>Massage Trainer is free software under the GNU General Public License, version 3 or later. You may share and change it under those terms; it comes with no warranty.</source>
        <translation>Massage Trainer est un logiciel libre sous GNU General Public License, version 3 ou ultérieure. Vous pouvez le partager et le modifier selon ces conditions&#x202f;; il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used as shared libraries under the LGPL-3.0, which lets you replace them with your own build.</source>
        <translation>Qt et PySide6 sont utilisés comme bibliothèques partagées sous LGPL-3.0, ce qui vous permet de les remplacer par votre propre compilation.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who made a component</comment>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Welcome to Massage Trainer</source>
        <translation>Bienvenue dans Massage Trainer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>heading of the welcome</comment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This map shows the body from behind and from the front (F7 turns it over) in three kinds of zone: &lt;b&gt;target&lt;/b&gt; (work here), &lt;b&gt;caution&lt;/b&gt; (light, broad pressure only) and &lt;b&gt;avoid&lt;/b&gt; (no direct pressure).</source>
        <translation>Cette carte montre le corps de dos et de face (F7 le retourne) en trois sortes de zones&#xa0;: &lt;b&gt;cible&lt;/b&gt; (travaillez ici), &lt;b&gt;prudence&lt;/b&gt; (seulement une pression légère et large) et &lt;b&gt;à éviter&lt;/b&gt; (aucune pression directe).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explore:&lt;/b&gt; click any zone to learn what it is, why it is safe or not, and which techniques suit it. The arrow keys walk through every zone.</source>
        <translation>&lt;b&gt;Explorer&#xa0;:&lt;/b&gt; cliquez sur une zone pour savoir ce qu&apos;elle est, pourquoi elle est sûre ou non, et quelles techniques lui conviennent. Les touches fléchées parcourent toutes les zones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz:&lt;/b&gt; the Quiz menu drills finding zones, naming them and telling safe from unsafe, and keeps track of what you still get wrong.</source>
        <translation>&lt;b&gt;Quiz&#xa0;:&lt;/b&gt; le menu Quiz vous entraîne à trouver les zones, à les nommer et à distinguer le sûr du risqué, et garde la trace de ce que vous ratez encore.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print:&lt;/b&gt; File › Print or Export makes a zone sheet or a worksheet to hand out.</source>
        <translation>&lt;b&gt;Imprimer&#xa0;:&lt;/b&gt; Fichier › Imprimer ou Exporter crée une fiche des zones ou une fiche d&apos;exercices à distribuer.</translation>
    </message>
    <message>
        <source>&amp;Show this at start</source>
        <translation>&amp;Afficher au démarrage</translation>
    </message>
    <message>
        <source>&amp;Start exploring</source>
        <translation>&amp;Commencer l&apos;exploration</translation>
    </message>
</context>
<context>
    <name>AnkiExportText</name>
    <message>
        <source>Export Anki Deck</source>
        <translation>Exporter le paquet Anki</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg);;All files (*)</source>
        <translation>Paquets Anki (*.apkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Anki Deck Exported</source>
        <translation>Paquet Anki exporté</translation>
    </message>
    <message>
        <source>Painting the cards…</source>
        <translation>Dessin des cartes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing the deck…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Cannot export the deck</source>
        <translation>Impossible d’exporter le paquet</translation>
    </message>
    <message numerus="yes">
        <source>A view has %n problem(s). No deck was written. Fix the file and export again:</source>
        <translation>
            <numerusform>Une vue a %n problème. Aucun paquet n’a été écrit. Corrigez le fichier et exportez de nouveau&#xa0;:</numerusform>
            <numerusform>Une vue a %n problèmes. Aucun paquet n’a été écrit. Corrigez le fichier et exportez de nouveau&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Anki export was cancelled; no file was written.</source>
        <translation>L’export Anki a été annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} n’a pas pu être écrit&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {cards} with {pictures} ({views}). Open it in Anki with File &gt; Import; importing a newer export later updates these cards instead of adding copies.</source>
        <translation>{file} écrit&#xa0;: {cards} avec {pictures} ({views}). Ouvrez-le dans Anki avec Fichier &gt; Importer&#x202f;; importer plus tard un export plus récent met ces cartes à jour au lieu d’ajouter des copies.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({cards})</source>
        <translation>{file} écrit ({cards})</translation>
    </message>
</context>
<context>
    <name>AppText</name>
    <message>
        <source>massage-trainer: {message}</source>
        <translation>massage-trainer&#xa0;: {message}</translation>
    </message>
    <message>
        <source>open it again with File &gt; Open Zone Set…</source>
        <comment>what to do once the file is fixed</comment>
        <translation>rouvrez-le avec Fichier &gt; Ouvrir un jeu de zones…</translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>Impossible d&apos;ouvrir le jeu de zones</translation>
    </message>
    <message>
        <source>The zone file</source>
        <translation>Le fichier de zones</translation>
    </message>
    <message>
        <source>The built-in back view is open instead.</source>
        <translation>La vue de dos fournie est ouverte à la place.</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>indiquez --zones ou --view, pas les deux</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>il n&apos;y a pas de vue {view}&#x202f;; les vues sont&#xa0;: {views}</translation>
    </message>
    <message>
        <source>no zone {zone} in this zone set</source>
        <translation>aucune zone {zone} dans ce jeu de zones</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>wrote {file} ({width}x{height})</source>
        <comment>a picture&apos;s size in pixels</comment>
        <translation>{file} écrit ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>BodyMapText</name>
    <message>
        <source>Person’s left</source>
        <translation>gauche (de la personne)</translation>
    </message>
    <message>
        <source>Person’s right</source>
        <translation>droite (de la personne)</translation>
    </message>
    <message>
        <source>press firmly and slowly with the thumb, then let go</source>
        <translation>appuyez fermement et lentement avec le pouce, puis relâchez</translation>
    </message>
    <message>
        <source>Trigger-point cluster</source>
        <translation>Amas de points gâchettes</translation>
    </message>
    <message>
        <source>knots often gather here and send an ache up the neck towards the head; hold steady thumb pressure until it softens</source>
        <translation>des nœuds se forment souvent ici et envoient une douleur le long du cou vers la tête&#x202f;; maintenez une pression régulière du pouce jusqu’à ce que ça se détende</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>the person&apos;s left</comment>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>the person&apos;s right</comment>
        <translation>droite</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <source>Body map, {view:lower}</source>
        <translation>Carte du corps, {view:lower}</translation>
    </message>
    <message>
        <source>No zone selected. The arrow keys move between zones, Home and End go to the first and last, Enter selects.</source>
        <translation>Aucune zone sélectionnée. Les flèches passent d’une zone à l’autre, Début et Fin vont à la première et à la dernière, Entrée sélectionne.</translation>
    </message>
    <message>
        <source>Selected: {zone}, {side}, {safety}</source>
        <translation>Sélectionnée&#xa0;: {zone}, {side}, {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone}, {safety}</source>
        <translation>Sélectionnée&#xa0;: {zone}, {safety}</translation>
    </message>
    <message>
        <source>Selected.</source>
        <translation>Sélectionnée.</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Point de pression</translation>
    </message>
    <message>
        <source>dashed line: follow it with the fingers</source>
        <translation>ligne pointillée&#xa0;: suivez-la avec les doigts</translation>
    </message>
    <message>
        <source>{symbol} ({side}): {description}</source>
        <comment>a symbol on the map</comment>
        <translation>{symbol} ({side})&#xa0;: {description}</translation>
    </message>
    <message>
        <source>{symbol}: {description}</source>
        <comment>a symbol on the map</comment>
        <translation>{symbol}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Beneath: {structure} ({layer})</source>
        <translation>En dessous&#xa0;: {structure} ({layer})</translation>
    </message>
    <message>
        <source>{zone} ({side}) – {safety}</source>
        <translation>{zone} ({side}) – {safety}</translation>
    </message>
    <message>
        <source>{zone} – {safety}</source>
        <translation>{zone} – {safety}</translation>
    </message>
    <message>
        <source>{zone}, {side}. {safety}.</source>
        <comment>a zone as a screen reader says it</comment>
        <translation>{zone}, {side}. {safety}.</translation>
    </message>
    <message>
        <source>{zone}. {safety}.</source>
        <comment>a zone as a screen reader says it</comment>
        <translation>{zone}. {safety}.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>fewer</source>
        <comment>the calendar&apos;s key: days with fewer answers</comment>
        <translation>moins</translation>
    </message>
    <message>
        <source>more</source>
        <comment>the calendar&apos;s key: days with more answers</comment>
        <translation>plus</translation>
    </message>
    <message>
        <source>{number} %</source>
        <comment>a percentage; space it as your language does</comment>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>No answers logged yet for this view. Each answer in a quiz is kept and counted here.</source>
        <translation>Aucune réponse enregistrée pour cette vue. Chaque réponse à un quiz est conservée et comptée ici.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least {least} answers.</source>
        <translation>
            <numerusform>Série&#xa0;: %n jour d&apos;affilée avec au moins {least} réponses.</numerusform>
            <numerusform>Série&#xa0;: %n jours d&apos;affilée avec au moins {least} réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} on {days}, {percent} right. {streak}</source>
        <translation>{answers} sur {days}, {percent} justes. {streak}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>Aucune réponse au cours du dernier %n jour.</numerusform>
            <numerusform>Aucune réponse au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last {shown}: {answers} on {days}, {percent} right; most on {day}.</source>
        <translation>Sur {shown}&#xa0;: {answers} sur {days}, {percent} justes&#xa0;; le plus grand nombre le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the last days shown</comment>
        <translation>
            <numerusform>le dernier %n jour</numerusform>
            <numerusform>les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No safety mistakes so far.</source>
        <translation>Aucune erreur de sécurité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{mistakes} in all, {recent} of them in the last {days}.</source>
        <translation>{mistakes} au total, dont {recent} sur {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n erreur de sécurité</numerusform>
            <numerusform>%n erreurs de sécurité</numerusform>
        </translation>
    </message>
    <message>
        <source>{studied} in all, {full} of them with at least {least} answers.</source>
        <translation>{studied} au total, dont {full} avec au moins {least} réponses.</translation>
    </message>
    <message numerus="yes">
        <source>%n study day(s)</source>
        <translation>
            <numerusform>%n jour d&apos;étude</numerusform>
            <numerusform>%n jours d&apos;étude</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{asked}: answered with {instead} %n time(s)</source>
        <translation>
            <numerusform>{asked}&#xa0;: répondu par {instead} %n fois</numerusform>
            <numerusform>{asked}&#xa0;: répondu par {instead} %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de progression</translation>
    </message>
    <message>
        <source>{report}: {view}</source>
        <comment>the report&apos;s title, then the view&apos;s</comment>
        <translation>{report}&#xa0;: {view}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Temps moyen</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s)</source>
        <translation>
            <numerusform>Réponses par jour, dernier %n jour</numerusform>
            <numerusform>Réponses par jour, %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {date}. Massage Trainer {version}.</source>
        <translation>Au {date}. Massage Trainer {version}.</translation>
    </message>
    <message>
        <source>Bars: answers on the day (left scale). Line: the share right (right scale).</source>
        <translation>Barres&#xa0;: réponses du jour (échelle de gauche). Ligne&#xa0;: part de réponses justes (échelle de droite).</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Jours d&apos;étude</translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Erreurs de sécurité par jour, dernier %n jour</numerusform>
            <numerusform>Erreurs de sécurité par jour, %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Chaque zone</translation>
    </message>
    <message>
        <source>No area asked yet.</source>
        <translation>Aucune zone demandée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Souvent confondues</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Aucune zone n&apos;a encore été prise pour une autre.</translation>
    </message>
    <message>
        <source>{report} – {view}</source>
        <comment>the report file&apos;s title</comment>
        <translation>{report} – {view}</translation>
    </message>
    <message>
        <source>the report could not be opened for writing</source>
        <translation>impossible d&apos;ouvrir le rapport en écriture</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Erreurs de sécurité par jour</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>ClassSummaryText</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Posées</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>Manquées %</translation>
    </message>
    <message>
        <source>Safety mistakes</source>
        <translation>Erreurs de sécurité</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>{score} of {planned}</source>
        <translation>{score} sur {planned}</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the learner&apos;s time ran out</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>No results file of this exam was counted.</source>
        <translation>Aucun fichier de résultats de cet examen n&apos;a été pris en compte.</translation>
    </message>
    <message>
        <source>{learners}, mean score {mean}, {mistakes} in all.</source>
        <translation>{learners}, score moyen {mean}, {mistakes} au total.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n apprenant</numerusform>
            <numerusform>%n apprenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n erreur de sécurité</numerusform>
            <numerusform>%n erreurs de sécurité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more zone(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… et %n autre zone&#xa0;: l&apos;export CSV les liste toutes.</numerusform>
            <numerusform>… et %n autres zones&#xa0;: l&apos;export CSV les liste toutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more learner(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… et %n autre apprenant&#xa0;: l&apos;export CSV les liste tous.</numerusform>
            <numerusform>… et %n autres apprenants&#xa0;: l&apos;export CSV les liste tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… et %n autre fichier&#xa0;: l&apos;export CSV les liste tous.</numerusform>
            <numerusform>… et %n autres fichiers&#xa0;: l&apos;export CSV les liste tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>aucun examen</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Résultats de la classe&#xa0;: {exam}</translation>
    </message>
    <message>
        <source>Printed on {date}.</source>
        <translation>Imprimé le {date}.</translation>
    </message>
    <message>
        <source>Zones missed, safety mistakes first</source>
        <translation>Zones manquées, erreurs de sécurité d&apos;abord</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Files left out ({count})</source>
        <translation>Fichiers écartés ({count})</translation>
    </message>
    <message>
        <source>None: every file was counted.</source>
        <translation>Aucun&#xa0;: tous les fichiers ont été pris en compte.</translation>
    </message>
    <message>
        <source>Massage Trainer {version}. Each results file carries a checksum: it catches damaged files and casual edits, not a learner set on forging one.</source>
        <translation>Massage Trainer {version}. Chaque fichier de résultats porte une somme de contrôle&#xa0;: elle repère les fichiers abîmés et les retouches anodines, pas une falsification délibérée.</translation>
    </message>
</context>
<context>
    <name>ClassWindowText</name>
    <message>
        <source>Open Class Results</source>
        <translation>Ouvrir les résultats de la classe</translation>
    </message>
    <message>
        <source>Open the results files your learners handed in.</source>
        <translation>Ouvrez les fichiers de résultats remis par vos élèves.</translation>
    </message>
    <message>
        <source>Choose some files, or a whole folder: every .json file in it is read.</source>
        <translation>Choisissez des fichiers, ou tout un dossier&#xa0;: chaque fichier .json qu’il contient est lu.</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose a F&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open Results Files</source>
        <translation>Ouvrir des fichiers de résultats</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Résultats d’examen (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Results</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Print Class Summary: {exam}</source>
        <translation>Imprimer le résumé de la classe&#xa0;: {exam}</translation>
    </message>
    <message>
        <source>{exam} – class results</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{exam} – résultats de la classe</translation>
    </message>
    <message>
        <source>The class summary could not be printed:</source>
        <translation>Le résumé de la classe n’a pas pu être imprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Missed by</source>
        <translation>Manquée par</translation>
    </message>
    <message>
        <source>Zones, safety mistakes first</source>
        <translation>Zones, erreurs de sécurité d’abord</translation>
    </message>
    <message>
        <source>File</source>
        <comment>a column: the results file</comment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Fichiers écartés</translation>
    </message>
    <message>
        <source>By &amp;Zone</source>
        <translation>Par &amp;zone</translation>
    </message>
    <message>
        <source>By &amp;Learner</source>
        <translation>Par é&amp;lève</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file</source>
        <translation>Enregistrer le tableau affiché dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimer le résumé…</translation>
    </message>
    <message>
        <source>A one-page summary, through the print preview</source>
        <translation>Un résumé d’une page, par l’aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Left &amp;Out</source>
        <translation>É&amp;cartés</translation>
    </message>
    <message>
        <source>Left &amp;Out ({count})</source>
        <comment>the number of files left out</comment>
        <translation>É&amp;cartés ({count})</translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>aucun examen</translation>
    </message>
    <message>
        <source>Class Results: {exam} – Massage Trainer</source>
        <translation>Résultats de la classe&#xa0;: {exam} – Massage Trainer</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Résultats de la classe&#xa0;: {exam}</translation>
    </message>
    <message>
        <source>Every file was counted.</source>
        <translation>Tous les fichiers ont été comptés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out: see Left Out.</source>
        <translation>
            <numerusform>%n fichier écarté&#xa0;: voir Écartés.</numerusform>
            <numerusform>%n fichiers écartés&#xa0;: voir Écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety mistakes here: answers less careful than the zone needs</source>
        <translation>Erreurs de sécurité ici&#xa0;: des réponses moins prudentes que la zone ne l’exige</translation>
    </message>
    <message>
        <source>Export the Learners Table as CSV</source>
        <translation>Exporter le tableau des élèves en CSV</translation>
    </message>
    <message>
        <source>Export the Zones Table as CSV</source>
        <translation>Exporter le tableau des zones en CSV</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>il n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation>Non enregistré&#xa0;: {file} n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} n’a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The learners table is saved to {file}.</source>
        <translation>Le tableau des élèves est enregistré dans {file}.</translation>
    </message>
    <message>
        <source>The zones table is saved to {file}.</source>
        <translation>Le tableau des zones est enregistré dans {file}.</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>{file}: ok: {routines}, {steps}</source>
        <translation>{file}&#xa0;: correct&#xa0;: {routines}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n séance guidée</numerusform>
            <numerusform>%n séances guidées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {techniques} in {families}</source>
        <translation>{file}&#xa0;: correct&#xa0;: {techniques} en {families}</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n famille</numerusform>
            <numerusform>%n familles</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {rules}, {contraindications}, {steps}</source>
        <translation>{file}&#xa0;: correct&#xa0;: {rules}, {contraindications}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n contre-indication</numerusform>
            <numerusform>%n contre-indications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session step(s)</source>
        <translation>
            <numerusform>%n étape de séance</numerusform>
            <numerusform>%n étapes de séance</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {zones}, {landmarks}, body coverage {coverage}</source>
        <translation>{file}&#xa0;: correct&#xa0;: {zones}, {landmarks}, couverture du corps {coverage}</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n landmark(s)</source>
        <translation>
            <numerusform>%n repère</numerusform>
            <numerusform>%n repères</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {views} ({names})</source>
        <translation>{file}&#xa0;: correct&#xa0;: {views} ({names})</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vue</numerusform>
            <numerusform>%n vues</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): the texts are written in it.</source>
        <translation>{language} ({code})&#xa0;: les textes sont rédigés dans cette langue.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: there is no such file yet: the %n text(s) of {source} are shown in English</source>
        <translation>
            <numerusform>{file}&#xa0;: ce fichier n’existe pas encore&#xa0;: le %n texte de {source} s’affiche en anglais</numerusform>
            <numerusform>{file}&#xa0;: ce fichier n’existe pas encore&#xa0;: les %n textes de {source} s’affichent en anglais</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}: not translated yet (shown in English)</source>
        <translation>{text}&#xa0;: pas encore traduit (affiché en anglais)</translation>
    </message>
    <message>
        <source>interface: {text}: not translated yet (shown in English)</source>
        <translation>interface&#xa0;: {text}&#xa0;: pas encore traduit (affiché en anglais)</translation>
    </message>
    <message>
        <source>interface: there is no {file} yet: every text of the window is shown in English</source>
        <translation>interface&#xa0;: {file} n’existe pas encore&#xa0;: tous les textes de la fenêtre s’affichent en anglais</translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): there are problems (above to fix); %n text(s) not translated yet.</source>
        <translation>
            <numerusform>{language} ({code})&#xa0;: il y a des problèmes (ci-dessus, à corriger)&#x202f;; %n texte n’est pas encore traduit.</numerusform>
            <numerusform>{language} ({code})&#xa0;: il y a des problèmes (ci-dessus, à corriger)&#x202f;; %n textes ne sont pas encore traduits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): %n text(s) not translated yet, shown in English.</source>
        <translation>
            <numerusform>{language} ({code})&#xa0;: %n texte n’est pas encore traduit et s’affiche en anglais.</numerusform>
            <numerusform>{language} ({code})&#xa0;: %n textes ne sont pas encore traduits et s’affichent en anglais.</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): every text of the content is translated; the window is not.</source>
        <translation>{language} ({code})&#xa0;: tous les textes du contenu sont traduits&#x202f;; la fenêtre ne l’est pas.</translation>
    </message>
    <message>
        <source>{language} ({code}): every text is translated.</source>
        <translation>{language} ({code})&#xa0;: tous les textes sont traduits.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>cannot tell the format of {file}: the name must end in .pdf, .png, .svg or .apkg</source>
        <translation>impossible de déterminer le format de {file}&#xa0;: le nom doit se terminer par .pdf, .png, .svg ou .apkg</translation>
    </message>
    <message>
        <source>--dpi must be {low} to {high}, not {dpi}</source>
        <translation>--dpi doit être compris entre {low} et {high}, pas {dpi}</translation>
    </message>
    <message>
        <source>a diagram image ({suffix}) shows one view: choose one with --view, or write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)</source>
        <translation>une image du schéma ({suffix}) montre une seule vue&#xa0;: choisissez-en une avec --view, ou écrivez toutes les vues dans une fiche PDF (.pdf) ou un paquet Anki (.apkg)</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}; {views}</source>
        <comment>the views of a sheet</comment>
        <translation>{pages}&#x202f;; {views}</translation>
    </message>
    <message>
        <source>{width}x{height} pixels, {dpi} dpi</source>
        <translation>{width}x{height} pixels, {dpi} ppp</translation>
    </message>
    <message>
        <source>wrote {file} ({what})</source>
        <translation>{file} écrit ({what})</translation>
    </message>
    <message>
        <source>massage-trainer: cannot write {file}: {reason}</source>
        <translation>massage-trainer&#xa0;: impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>indiquez --zones ou --view, pas les deux</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>il n’existe pas de vue {view}&#x202f;; les vues sont&#xa0;: {views}</translation>
    </message>
    <message>
        <source>the {view} view</source>
        <comment>a view named by its id</comment>
        <translation>la vue {view}</translation>
    </message>
    <message>
        <source>massage-trainer: cannot read the zone set {source}:</source>
        <translation>massage-trainer&#xa0;: impossible de lire l’ensemble de zones {source}&#xa0;:</translation>
    </message>
    <message>
        <source>wrote {file} ({notes}, {cards}, {images}; {views})</source>
        <translation>{file} écrit ({notes}, {cards}, {images}&#x202f;; {views})</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>Anki notes</comment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>Anki cards</comment>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentText</name>
    <message>
        <source>light pressure</source>
        <translation>pression légère</translation>
    </message>
    <message>
        <source>moderate pressure</source>
        <translation>pression modérée</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>pression ferme</translation>
    </message>
    <message>
        <source>pressure varies</source>
        <translation>pression variable</translation>
    </message>
    <message>
        <source>No massage</source>
        <translation>Pas de massage</translation>
    </message>
    <message>
        <source>Do not massage at all</source>
        <translation>Ne pas masser du tout</translation>
    </message>
    <message>
        <source>Avoid the area</source>
        <translation>Éviter la zone</translation>
    </message>
    <message>
        <source>Keep away from the affected area</source>
        <translation>Tenez-vous à l&apos;écart de la zone touchée</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Wait before massaging</source>
        <translation>Attendez avant de masser</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>DeckText</name>
    <message>
        <source>Massage Trainer: zones</source>
        <translation>Massage Trainer&#xa0;: zones</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l&apos;intérieur</translation>
    </message>
    <message>
        <source>Front image</source>
        <translation>Image recto</translation>
    </message>
    <message>
        <source>Back image</source>
        <translation>Image verso</translation>
    </message>
    <message>
        <source>Which zone is under the dark mask?</source>
        <translation>Quelle zone se trouve sous le masque sombre&#xa0;?</translation>
    </message>
    <message>
        <source>Massage Trainer: masked zone</source>
        <translation>Massage Trainer&#xa0;: zone masquée</translation>
    </message>
    <message>
        <source>What is under the mask?</source>
        <translation>Qu&apos;y a-t-il sous le masque&#xa0;?</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <translation>Cible, prudence ou à éviter&#xa0;?</translation>
    </message>
    <message>
        <source>Massage Trainer: target, caution or avoid</source>
        <translation>Massage Trainer&#xa0;: cible, prudence ou à éviter</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <comment>the safety card&apos;s name</comment>
        <translation>Cible, prudence ou à éviter&#xa0;?</translation>
    </message>
    <message>
        <source>cannot write the card image {name}</source>
        <translation>impossible d&apos;écrire l&apos;image de carte {name}</translation>
    </message>
    <message>
        <source>Inside it: {zone} — {level}</source>
        <translation>À l&apos;intérieur&#xa0;: {zone} — {level}</translation>
    </message>
    <message>
        <source>Where to work on the body and where not to, from Massage Trainer.</source>
        <translation>Où travailler sur le corps, et où ne pas le faire, par Massage Trainer.</translation>
    </message>
</context>
<context>
    <name>DialogsText</name>
    <message>
        <source>Fix it and {retry}:</source>
        <comment>one problem</comment>
        <translation>Corrigez-le et {retry}&#xa0;:</translation>
    </message>
    <message>
        <source>Fix them and {retry}:</source>
        <comment>several problems</comment>
        <translation>Corrigez-les et {retry}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s). {outcome} {fix}</source>
        <translation>
            <numerusform>{name} présente %n problème. {outcome} {fix}</numerusform>
            <numerusform>{name} présente %n problèmes. {outcome} {fix}</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Open Zone Set</source>
        <translation>Ouvrir un jeu de zones</translation>
    </message>
    <message>
        <source>Zone files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers de zones (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ErrorsText</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Massage Trainer ran into an unexpected error. Your work and progress are kept and the program carries on. If this keeps happening, please report it with the details below (Copy details puts them on the clipboard). They are also saved in {file}.</source>
        <translation>Massage Trainer a rencontré une erreur inattendue. Votre travail et votre progression sont conservés et le programme continue. Si cela se reproduit, signalez-le avec les détails ci-dessous (Copier les détails les place dans le presse-papiers). Ils sont aussi enregistrés dans {file}.</translation>
    </message>
</context>
<context>
    <name>ExamFileText</name>
    <message>
        <source>the folder holds no results files (*.json)</source>
        <translation>le dossier ne contient aucun fichier de résultats (*.json)</translation>
    </message>
    <message>
        <source>from another exam ({exam}, not {counted}); the exam file differs</source>
        <translation>d’un autre examen ({exam}, et non {counted})&#x202f;; le fichier d’examen diffère</translation>
    </message>
    <message>
        <source>a copy of {file}, counted once</source>
        <translation>une copie de {file}, comptée une seule fois</translation>
    </message>
    <message>
        <source>the learner&apos;s name is empty; type a name first</source>
        <translation>le nom de l’apprenant est vide&#x202f;; saisissez d’abord un nom</translation>
    </message>
    <message numerus="yes">
        <source>the learner&apos;s name is longer than %n characters</source>
        <translation>
            <numerusform>le nom dépasse %n caractère</numerusform>
            <numerusform>le nom dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is too large to be a results file of this program</source>
        <translation>le fichier est trop volumineux pour être un fichier de résultats de ce programme</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the file is empty; it was damaged or never finished writing</source>
        <translation>le fichier est vide&#x202f;; il a été endommagé ou son écriture n’a jamais abouti</translation>
    </message>
    <message>
        <source>damaged: the file is not UTF-8 text</source>
        <translation>endommagé&#xa0;: le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>damaged: not valid JSON ({error})</source>
        <translation>endommagé&#xa0;: JSON non valide ({error})</translation>
    </message>
    <message>
        <source>not a results file of this program</source>
        <translation>ce n’est pas un fichier de résultats de ce programme</translation>
    </message>
    <message>
        <source>results format {format} is not supported; this program reads format {supported} (update the program)</source>
        <translation>le format de résultats {format} n’est pas pris en charge&#x202f;; ce programme lit le format {supported} (mettez le programme à jour)</translation>
    </message>
    <message>
        <source>the file has no checksum, so it cannot be trusted</source>
        <translation>le fichier n’a pas de somme de contrôle, on ne peut donc pas s’y fier</translation>
    </message>
    <message>
        <source>edited or damaged: the checksum does not match what the file holds</source>
        <translation>modifié ou endommagé&#xa0;: la somme de contrôle ne correspond pas au contenu du fichier</translation>
    </message>
    <message>
        <source>{key} does not agree with the answers it lists</source>
        <translation>{key} ne concorde pas avec les réponses énumérées</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <comment>a results file: what is wrong with it</comment>
        <translation>endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a number a results file holds</source>
        <translation>{value} n’est pas un nombre qu’un fichier de résultats peut contenir</translation>
    </message>
    <message>
        <source>the key {key} is missing</source>
        <translation>la clé {key} est absente</translation>
    </message>
    <message>
        <source>{key} holds {value}</source>
        <translation>{key} contient {value}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>clé inconnue {key}</translation>
    </message>
    <message>
        <source>answer {number} does not have the keys of an answer</source>
        <translation>la réponse {number} n’a pas les clés d’une réponse</translation>
    </message>
    <message>
        <source>answer {number}: {key} holds {value}</source>
        <translation>réponse {number}&#xa0;: {key} contient {value}</translation>
    </message>
    <message>
        <source>answer {number}: &apos;given&apos; must list texts</source>
        <translation>réponse {number}&#xa0;: &apos;given&apos; doit énumérer des textes</translation>
    </message>
    <message>
        <source>more answers than planned questions</source>
        <translation>plus de réponses que de questions prévues</translation>
    </message>
</context>
<context>
    <name>ExamWindowText</name>
    <message>
        <source>Open Exam</source>
        <translation>Ouvrir un examen</translation>
    </message>
    <message>
        <source>Exam files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers d&apos;examen (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Exam Results</source>
        <translation>Enregistrer les résultats de l&apos;examen</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Résultats d&apos;examen (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>End the Exam</source>
        <translation>Terminer l&apos;examen</translation>
    </message>
    <message numerus="yes">
        <source>End the exam now? %n unanswered question(s) will count as not answered. You can save your results next.</source>
        <translation>
            <numerusform>Terminer l&apos;examen maintenant&#x202f;? %n question sans réponse comptera comme non répondue. Vous pourrez ensuite enregistrer vos résultats.</numerusform>
            <numerusform>Terminer l&apos;examen maintenant&#x202f;? %n questions sans réponse compteront comme non répondues. Vous pourrez ensuite enregistrer vos résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results Not Saved</source>
        <translation>Résultats non enregistrés</translation>
    </message>
    <message>
        <source>Your exam results are not saved yet.</source>
        <translation>Vos résultats d&apos;examen ne sont pas encore enregistrés.</translation>
    </message>
    <message>
        <source>If you close now, your answers are lost and you would have to sit the exam again.</source>
        <translation>Si vous fermez maintenant, vos réponses sont perdues et vous devrez repasser l&apos;examen.</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>&amp;Discard Results</source>
        <translation>&amp;Abandonner les résultats</translation>
    </message>
    <message>
        <source>The results could not be written to {file}: {reason}.

Your answers are kept. Choose another folder with Save Results…</source>
        <translation>Les résultats n&apos;ont pas pu être écrits dans {file}&#xa0;: {reason}.

Vos réponses sont conservées. Choisissez un autre dossier avec Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Click it on the map: your first click on the body is your answer. Keyboard: the arrow keys move between areas, Enter answers.</source>
        <translation>Cliquez dessus sur la carte&#xa0;: votre premier clic sur le corps est votre réponse. Clavier&#xa0;: les flèches passent d&apos;une zone à l&apos;autre, Entrée répond.</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named by its id</comment>
        <translation>Vue {view}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>the last two of a list</comment>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{item}, {rest}</source>
        <comment>a list of three or more</comment>
        <translation>{item}, {rest}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of question</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the {view:lower} ({kinds}).</source>
        <translation>
            <numerusform>%n question sur la {view:lower} ({kinds}).</numerusform>
            <numerusform>%n questions sur la {view:lower} ({kinds}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on {views} ({kinds}).</source>
        <translation>
            <numerusform>%n question sur {views} ({kinds}).</numerusform>
            <numerusform>%n questions sur {views} ({kinds}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the {view:lower}</source>
        <comment>a view in a list</comment>
        <translation>la {view:lower}</translation>
    </message>
    <message>
        <source>There is no time limit.</source>
        <translation>Il n&apos;y a pas de limite de temps.</translation>
    </message>
    <message>
        <source>You have {time} for the whole exam.</source>
        <translation>Vous avez {time} pour tout l&apos;examen.</translation>
    </message>
    <message>
        <source>You will see which answers were right only at the end; in Find it each question takes one click.</source>
        <translation>Vous ne verrez qu&apos;à la fin quelles réponses étaient justes&#x202f;; pour trouver une zone sur la carte, chaque question ne prend qu&apos;un clic.</translation>
    </message>
    <message>
        <source>After each answer you see whether it was right.</source>
        <translation>Après chaque réponse, vous voyez si elle était juste.</translation>
    </message>
    <message>
        <source>Your answers here do not change your own practice progress.</source>
        <translation>Vos réponses ici ne changent pas votre propre progression d&apos;entraînement.</translation>
    </message>
    <message>
        <source>{number}. {mode}, {name}</source>
        <comment>an answer: its number, kind, zone</comment>
        <translation>{number}. {mode}, {name}</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <comment>an answer: its number and zone</comment>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>{answer}: right.</source>
        <translation>{answer}&#xa0;: juste.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the tries of one answer</comment>
        <translation>, puis </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>{answer}: you said {said}; the answer is {right}.</source>
        <translation>{answer}&#xa0;: vous avez répondu {said}&#x202f;; la réponse est {right}.</translation>
    </message>
    <message>
        <source>Safety mistake: less careful than this spot needs.</source>
        <translation>Erreur de sécurité&#xa0;: moins prudent que ce point ne l&apos;exige.</translation>
    </message>
    <message>
        <source>Score {score} of {planned} ({answered} answered), in {time}.</source>
        <translation>Score&#xa0;: {score} sur {planned} ({answered} répondues), en {time}.</translation>
    </message>
    <message>
        <source>Score {score} of {planned}, in {time}.</source>
        <translation>Score&#xa0;: {score} sur {planned}, en {time}.</translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Le temps est écoulé.</translation>
    </message>
    <message>
        <source>Exam: {title} – Massage Trainer</source>
        <translation>Examen&#xa0;: {title} – Massage Trainer</translation>
    </message>
    <message>
        <source>&amp;End Exam</source>
        <translation>&amp;Terminer l&apos;examen</translation>
    </message>
    <message>
        <source>End the exam now and save the results</source>
        <translation>Terminer l&apos;examen maintenant et enregistrer les résultats</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type your name: it goes into the results file you hand in.</source>
        <translation>Saisissez votre nom&#xa0;: il figure dans le fichier de résultats que vous remettez.</translation>
    </message>
    <message>
        <source>&amp;Start the Exam</source>
        <translation>&amp;Commencer l&apos;examen</translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation>L&apos;examen est terminé</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Question {number} of {planned}</source>
        <translation>Question {number} sur {planned}</translation>
    </message>
    <message>
        <source>Question {number} of {planned} · Score {score}</source>
        <translation>Question {number} sur {planned} · Score {score}</translation>
    </message>
    <message>
        <source>Answer kept.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>See the &amp;Results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <comment>button: the next question</comment>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Your results are not saved yet.</source>
        <translation>Vos résultats ne sont pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Your results are not saved yet. Save them with Save Results… before you close this window.</source>
        <translation>Vos résultats ne sont pas encore enregistrés. Enregistrez-les avec Enregistrer les résultats… avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}). Your answers are kept: try again with Save Results…</source>
        <translation>Non enregistré&#xa0;: {file} n&apos;a pas pu être écrit ({reason}). Vos réponses sont conservées&#xa0;: réessayez avec Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Results saved to {file}. Hand this file in.</source>
        <translation>Résultats enregistrés dans {file}. Remettez ce fichier.</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>time taken so far</comment>
        <translation>Temps {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Temps restant {time}</translation>
    </message>
    <message>
        <source>Cannot open the exam</source>
        <translation>Impossible d&apos;ouvrir l&apos;examen</translation>
    </message>
    <message>
        <source>No exam was started.</source>
        <translation>Aucun examen n&apos;a été commencé.</translation>
    </message>
    <message>
        <source>open it again</source>
        <comment>what to do once the exam file is fixed</comment>
        <translation>rouvrez-le</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>the output could not be opened for painting</source>
        <translation>impossible d&apos;ouvrir la sortie pour y dessiner</translation>
    </message>
    <message>
        <source>{views} – {what}</source>
        <comment>a PDF&apos;s title: the views, the kind</comment>
        <translation>{views} – {what}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <source>{view} – zone diagram</source>
        <translation>{view} – schéma des zones</translation>
    </message>
    <message>
        <source>the SVG file could not be opened</source>
        <translation>impossible d&apos;ouvrir le fichier SVG</translation>
    </message>
    <message>
        <source>PDF zone sheet (for printing)</source>
        <translation>Fiche des zones en PDF (à imprimer)</translation>
    </message>
    <message>
        <source>PNG picture of the diagram</source>
        <translation>Image PNG du schéma</translation>
    </message>
    <message>
        <source>SVG drawing of the diagram</source>
        <translation>Dessin SVG du schéma</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Zone Sheet</source>
        <translation>Exporter la fiche des zones</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <comment>the file to write</comment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Worksheet: numbered diagram without colours, lines to write on, and an answer key</source>
        <translation>Fiche d’e&amp;xercices&#xa0;: schéma numéroté sans couleurs, lignes pour écrire et corrigé</translation>
    </message>
    <message>
        <source> dpi</source>
        <comment>after a resolution</comment>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <comment>button</comment>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>Print Worksheet</source>
        <translation>Imprimer la fiche d’exercices</translation>
    </message>
    <message>
        <source>Print Zone Sheet</source>
        <translation>Imprimer la fiche des zones</translation>
    </message>
    <message>
        <source>Massage Trainer zone sheet</source>
        <comment>the printed document&apos;s name</comment>
        <translation>Massage Trainer – fiche des zones</translation>
    </message>
    <message>
        <source>The worksheet could not be printed:</source>
        <translation>La fiche d’exercices n’a pas pu être imprimée&#xa0;:</translation>
    </message>
    <message>
        <source>The sheet could not be printed:</source>
        <translation>La fiche n’a pas pu être imprimée&#xa0;:</translation>
    </message>
    <message>
        <source>Print Routine Card: {routine}</source>
        <translation>Imprimer la fiche de la séance guidée&#xa0;: {routine}</translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{routine} – fiche de la séance guidée</translation>
    </message>
    <message>
        <source>The routine card could not be printed:</source>
        <translation>La fiche de la séance guidée n’a pas pu être imprimée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>File menu</comment>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the zone sheet as PDF, or the diagram as PNG or SVG</source>
        <translation>Enregistrer la fiche des zones en PDF, ou le schéma en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <comment>File menu</comment>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preview and print the zone sheet</source>
        <translation>Prévisualiser et imprimer la fiche des zones</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <comment>File menu</comment>
        <translation>Imprimer la fiche d’e&amp;xercices…</translation>
    </message>
    <message>
        <source>Preview and print a quiz worksheet with its answer key</source>
        <translation>Prévisualiser et imprimer une fiche d’exercices du quiz avec son corrigé</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} n’a pas pu être écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote {file} ({what})</source>
        <translation>{file} écrit ({what})</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} pixels</translation>
    </message>
    <message>
        <source>the name must end in .pdf, .png or .svg</source>
        <translation>le nom doit se terminer par .pdf, .png ou .svg</translation>
    </message>
</context>
<context>
    <name>InfoPanelText</name>
    <message>
        <source>Left side</source>
        <comment>the person&apos;s left, on a line of its own</comment>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>the person&apos;s right, on a line of its own</comment>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Ce qui se trouve dessous</translation>
    </message>
    <message>
        <source>None of the bones, organs, nerves or muscles drawn in the layers lies under this zone.</source>
        <translation>Aucun des os, organes, nerfs ou muscles dessinés dans les couches ne se trouve sous cette zone.</translation>
    </message>
    <message>
        <source>{name} ({side})</source>
        <comment>a structure and its side</comment>
        <translation>{name} ({side})</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <comment>a structure and what it is</comment>
        <translation>{name}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Zone information</source>
        <translation>Informations sur la zone</translation>
    </message>
    <message>
        <source>Click a zone on the body to learn what it is, how safe it is to work there, and which techniques suit it. On the map, Up and Down walk the zones from head to feet, Left and Right go sideways; Enter selects. Tab goes on to this panel, F6 between the map, the panel and the tabs.</source>
        <translation>Cliquez sur une zone du corps pour savoir ce qu&apos;elle est, à quel point il est sûr d&apos;y travailler et quelles techniques lui conviennent. Sur la carte, Haut et Bas parcourent les zones de la tête aux pieds, Gauche et Droite vont sur le côté&#x202f;; Entrée sélectionne. Tab passe à ce panneau, F6 alterne entre la carte, le panneau et les onglets.</translation>
    </message>
    <message>
        <source>Every part of the body on the map is one of three kinds:</source>
        <translation>Chaque partie du corps sur la carte appartient à l&apos;une de ces trois sortes&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a zone</source>
        <translation>Choisissez une zone</translation>
    </message>
    <message>
        <source>Zone information: no zone selected</source>
        <translation>Informations sur la zone&#xa0;: aucune zone sélectionnée</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Aucune zone sélectionnée</translation>
    </message>
    <message>
        <source>Zone information: {zone}, {side}. {safety}.</source>
        <translation>Informations sur la zone&#xa0;: {zone}, {side}. {safety}.</translation>
    </message>
    <message>
        <source>Zone information: {zone}. {safety}.</source>
        <translation>Informations sur la zone&#xa0;: {zone}. {safety}.</translation>
    </message>
    <message>
        <source>{zone}, {safety}</source>
        <comment>a zone and its safety level</comment>
        <translation>{zone}, {safety}</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>heading: why a zone is safe or not</comment>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Techniques that suit it</source>
        <translation>Techniques adaptées</translation>
    </message>
    <message>
        <source>No technique is worked directly here. Work the areas around it instead.</source>
        <translation>Aucune technique ne s&apos;applique directement ici. Travaillez plutôt les zones autour.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Quand ne pas masser</translation>
    </message>
    <message>
        <source>Do not start, or leave an area alone, when any of these applies:</source>
        <translation>Ne commencez pas, ou laissez une zone de côté, si l&apos;un de ces cas s&apos;applique&#xa0;:</translation>
    </message>
    <message>
        <source>Rules of a good session</source>
        <translation>Règles d&apos;une bonne séance</translation>
    </message>
    <message>
        <source>A full session, in order</source>
        <translation>Une séance complète, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <comment>a step of a session</comment>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>upper trapezius ridge</source>
        <translation>crête du trapèze supérieur</translation>
    </message>
    <message>
        <source>collarbone</source>
        <translation>clavicule</translation>
    </message>
    <message>
        <source>groin fold</source>
        <translation>pli de l&apos;aine</translation>
    </message>
    <message>
        <source>dashed lines to follow with the fingers</source>
        <translation>lignes pointillées à suivre avec les doigts</translation>
    </message>
    <message>
        <source>dashed: the {line}</source>
        <translation>en pointillé&#xa0;: {line}</translation>
    </message>
    <message>
        <source>{lines} and the {line}</source>
        <comment>one more line named in the key</comment>
        <translation>{lines} et {line}</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Point de pression</translation>
    </message>
    <message>
        <source>a spot for firm, slow thumb pressure</source>
        <translation>un point pour une pression du pouce ferme et lente</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Points gâchettes</translation>
    </message>
    <message>
        <source>where knots cluster; steady thumb pressure eases them</source>
        <translation>là où les nœuds se regroupent&#x202f;; une pression régulière du pouce les détend</translation>
    </message>
    <message>
        <source>Guide line</source>
        <translation>Ligne guide</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Each level has its own colour and pattern, so the map also reads in black and white.</source>
        <translation>Chaque niveau a sa couleur et son motif, la carte se lit donc aussi en noir et blanc.</translation>
    </message>
    <message>
        <source>{word}: {description}</source>
        <comment>a row of the map&apos;s key</comment>
        <translation>{word}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the rows of the map&apos;s key read out</comment>
        <translation>&#x202f;; </translation>
    </message>
</context>
<context>
    <name>LayerKeyText</name>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>pale shape: bone close under the skin or deeper</source>
        <translation>forme pâle&#xa0;: os juste sous la peau ou plus profond</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>violet tint: an organ lying deep inside</source>
        <translation>teinte violette&#xa0;: un organe situé en profondeur</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nerf</translation>
    </message>
    <message>
        <source>yellow line: a nerve on its course</source>
        <translation>ligne jaune&#xa0;: le trajet d&apos;un nerf</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>Artère</translation>
    </message>
    <message>
        <source>red line: a large blood vessel</source>
        <translation>ligne rouge&#xa0;: un gros vaisseau sanguin</translation>
    </message>
    <message>
        <source>Artery and nerves</source>
        <translation>Artère et nerfs</translation>
    </message>
    <message>
        <source>red and yellow line: running together</source>
        <translation>ligne rouge et jaune&#xa0;: ils cheminent ensemble</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>dashed outline: the edge of a muscle</source>
        <translation>contour en tirets&#xa0;: le bord d&apos;un muscle</translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation>Tendon</translation>
    </message>
    <message>
        <source>dotted outline: a tendon</source>
        <translation>contour pointillé&#xa0;: un tendon</translation>
    </message>
</context>
<context>
    <name>ProgressFileText</name>
    <message>
        <source>Your answer history could not be opened ({error}).</source>
        <translation>Votre historique de réponses n’a pas pu être ouvert ({error}).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it was written by a newer version (schema {schema})</source>
        <extracomment>The largest progress file read (a few thousand items take a megabyte or two). Counts above this are not a learner&apos;s: the item is left out. Times outside 1970 to the year 3000 are not a learner&apos;s either. FSRS keeps stability (days) and difficulty within these; values outside are brought back into range.</extracomment>
        <translation>écrit par une version plus récente (schéma {schema})</translation>
    </message>
    <message>
        <source>it could not be switched to write-ahead logging</source>
        <translation>impossible de passer en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>it is not a database this version can read ({error})</source>
        <translation>ce n’est pas une base de données que cette version sait lire ({error})</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}). It was kept as {file} and a new one was started.</source>
        <translation>Votre historique de réponses n’a pas pu être lu ({reason}). Il a été conservé sous le nom {file} et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>An answer could not be saved to your history ({error}); it is kept until it can be.</source>
        <translation>Une réponse n’a pas pu être enregistrée dans votre historique ({error})&#x202f;; elle est conservée jusqu’à ce que ce soit possible.</translation>
    </message>
    <message>
        <source>SQLite found it damaged ({error})</source>
        <translation>SQLite y a détecté des dommages ({error})</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>1 item of your saved progress could not be read and was left out ({problem}).</source>
        <translation>1 élément de votre progression enregistrée n’a pas pu être lu et a été écarté ({problem}).</translation>
    </message>
    <message numerus="yes">
        <source>%n items of your saved progress could not be read and were left out ({problem}; and more).</source>
        <comment>two or more items</comment>
        <translation>
            <numerusform>%n élément de votre progression enregistrée n’a pas pu être lu et a été écarté ({problem}&#x202f;; et d’autres).</numerusform>
            <numerusform>%n éléments de votre progression enregistrée n’ont pas pu être lus et ont été écartés ({problem}&#x202f;; et d’autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as it was is kept as {file}.</source>
        <translation>Le fichier tel qu’il était est conservé sous le nom {file}.</translation>
    </message>
    <message>
        <source>The rest is kept.</source>
        <translation>Le reste est conservé.</translation>
    </message>
    <message>
        <source>Your progress was updated to the new format but could not be saved ({error}); the old file is unchanged.</source>
        <translation>Votre progression a été convertie au nouveau format mais n’a pas pu être enregistrée ({error})&#x202f;; l’ancien fichier est inchangé.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}) nor moved aside ({error}); starting afresh. Saving will replace it.</source>
        <translation>Votre progression enregistrée n’a pu être ni lue ({reason}) ni mise de côté ({error})&#x202f;; tout recommence à zéro. L’enregistrement la remplacera.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}). It was kept as {file} and a fresh record was started.</source>
        <translation>Votre progression enregistrée n’a pas pu être lue ({reason}). Elle a été conservée sous le nom {file} et un nouveau suivi a été commencé.</translation>
    </message>
</context>
<context>
    <name>ProgressTabText</name>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>1er essai</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>The area of the body</source>
        <translation>La zone du corps</translation>
    </message>
    <message>
        <source>The quiz mode</source>
        <translation>Le mode du quiz</translation>
    </message>
    <message>
        <source>How often it was asked</source>
        <translation>Combien de fois elle a été demandée</translation>
    </message>
    <message>
        <source>How often it was right at the first try</source>
        <translation>Combien de fois elle a été juste du premier coup</translation>
    </message>
    <message>
        <source>Box 1 is still being missed; box 5 is known for weeks</source>
        <translation>La boîte 1 est encore souvent manquée&#x202f;; la boîte 5 est sue depuis des semaines</translation>
    </message>
    <message>
        <source>When it is due for practice again</source>
        <translation>Quand elle est de nouveau à revoir</translation>
    </message>
    <message>
        <source>{mode}, left or right</source>
        <translation>{mode}, gauche ou droite</translation>
    </message>
    <message>
        <source>{mode}, typed</source>
        <translation>{mode}, tapée</translation>
    </message>
    <message>
        <source>now</source>
        <comment>due</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>today</source>
        <comment>due</comment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>due</comment>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due</comment>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours on this tab show how well you know an area, not how safe it is</source>
        <translation>Sur cet onglet, les couleurs montrent dans quelle mesure vous connaissez une zone, pas si elle est sûre</translation>
    </message>
    <message>
        <source>Mastery colours, all one purple: never asked is near white; box 1, still being missed, is the palest purple; each box up is darker, to box 5, known for weeks. They are not the safety colours.</source>
        <translation>Couleurs de maîtrise, toutes d’un même violet&#xa0;: jamais demandée est presque blanc&#x202f;; la boîte 1, encore souvent manquée, est le violet le plus pâle&#x202f;; chaque boîte au-dessus est plus foncée, jusqu’à la boîte 5, sue depuis des semaines. Ce ne sont pas les couleurs de sécurité.</translation>
    </message>
    <message>
        <source>Mastery colours</source>
        <translation>Couleurs de maîtrise</translation>
    </message>
    <message>
        <source>new</source>
        <comment>never asked</comment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>box {number}</source>
        <comment>a Leitner box</comment>
        <translation>boîte {number}</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Zones</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Mode shown</source>
        <translation>Mode affiché</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Afficher sur la &amp;carte</translation>
    </message>
    <message>
        <source>Colour each area of the body map by how well you know it</source>
        <translation>Colorer chaque zone de la carte du corps selon votre maîtrise</translation>
    </message>
    <message>
        <source>Mode sho&amp;wn:</source>
        <translation>&amp;Mode affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Progression par zone</translation>
    </message>
    <message>
        <source>No progress yet. Start a quiz (Ctrl+R) or a practice round (Ctrl+Shift+R); every answer is remembered here.</source>
        <translation>Pas encore de progression. Lancez un quiz (Ctrl+R) ou une série d’entraînement (Ctrl+Maj+R)&#x202f;; chaque réponse est retenue ici.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>Réinitia&amp;liser…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Oublier toute la progression enregistrée (demande d’abord)</translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}&#xa0;: zones travaillées&#xa0;: {practised} sur %n. La boîte 1 est encore souvent manquée&#x202f;; la boîte 5 est sue depuis des semaines.</numerusform>
            <numerusform>{view}&#xa0;: zones travaillées&#xa0;: {practised} sur %n. La boîte 1 est encore souvent manquée&#x202f;; la boîte 5 est sue depuis des semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}&#xa0;: zones travaillées en «&#xa0;{mode}&#xa0;»&#xa0;: {practised} sur %n. La boîte 1 est encore souvent manquée&#x202f;; la boîte 5 est sue depuis des semaines.</numerusform>
            <numerusform>{view}&#xa0;: zones travaillées en «&#xa0;{mode}&#xa0;»&#xa0;: {practised} sur %n. La boîte 1 est encore souvent manquée&#x202f;; la boîte 5 est sue depuis des semaines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtCheckText</name>
    <message>
        <source>Massage Trainer cannot run its tests: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer ne peut pas lancer ses tests&#xa0;: Qt a besoin de ces bibliothèques système, qui ne sont pas installées&#xa0;:</translation>
    </message>
    <message>
        <source>Massage Trainer cannot open a window: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer ne peut pas ouvrir de fenêtre&#xa0;: Qt a besoin de ces bibliothèques système, qui ne sont pas installées&#xa0;:</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Sous Debian ou Ubuntu, installez-les avec&#xa0;:</translation>
    </message>
    <message>
        <source>(Other systems name the packages differently; look for the libraries above.)</source>
        <translation>(D’autres systèmes nomment les paquets autrement&#x202f;; cherchez les bibliothèques ci-dessus.)</translation>
    </message>
    <message>
        <source>Massage Trainer needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. Start it from a desktop session, or use &apos;massage-trainer --screenshot FILE.png&apos; or &apos;massage-trainer export&apos; without one.</source>
        <translation>Massage Trainer a besoin d’un bureau graphique&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n’est défini. Lancez-le depuis une session de bureau ou, sans elle, utilisez «&#xa0;massage-trainer --screenshot FICHIER.png&#xa0;» ou «&#xa0;massage-trainer export&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QuizTabText</name>
    <message>
        <source>Q&amp;uiz</source>
        <comment>tab</comment>
        <translation>Q&amp;uiz</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <comment>tab</comment>
        <translation>Pro&amp;gression</translation>
    </message>
    <message>
        <source>Saved Progress</source>
        <translation>Progression enregistrée</translation>
    </message>
    <message>
        <source>&amp;Start Quiz…</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Commencer le quiz…</translation>
    </message>
    <message>
        <source>Choose a quiz mode, region and length</source>
        <translation>Choisissez le mode, la région et la durée du quiz</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <comment>Quiz menu</comment>
        <translation>S’&amp;entraîner</translation>
    </message>
    <message>
        <source>A round of what is due: the areas you miss come back soonest</source>
        <translation>Une série de ce qui est à revoir&#xa0;: les zones manquées reviennent le plus tôt</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Terminer le quiz</translation>
    </message>
    <message>
        <source>End the round now and see the results</source>
        <translation>Terminer la série maintenant et voir les résultats</translation>
    </message>
    <message>
        <source>Show &amp;Progress</source>
        <comment>Quiz menu</comment>
        <translation>Afficher la &amp;progression</translation>
    </message>
    <message>
        <source>How well you know each area</source>
        <translation>Dans quelle mesure vous connaissez chaque zone</translation>
    </message>
    <message>
        <source>&amp;Export Progress as CSV…</source>
        <comment>Quiz menu</comment>
        <translation>Exporter la progression en CS&amp;V…</translation>
    </message>
    <message>
        <source>Save your progress as a spreadsheet file</source>
        <translation>Enregistrer votre progression dans un fichier tableur</translation>
    </message>
    <message>
        <source>E&amp;xport Progress Report…</source>
        <comment>Quiz menu</comment>
        <translation>Exporter le &amp;rapport de progression…</translation>
    </message>
    <message>
        <source>Save your statistics and charts as a PDF report or a PNG image</source>
        <translation>Enregistrer vos statistiques et graphiques en rapport PDF ou en image PNG</translation>
    </message>
    <message>
        <source>&amp;Reset Progress…</source>
        <comment>Quiz menu</comment>
        <translation>Ré&amp;initialiser la progression…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Oublier toute la progression enregistrée (demande d’abord)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <comment>menu</comment>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>Another zone set was opened, so the quiz ended. The answers so far are saved.</source>
        <translation>Un autre ensemble de zones a été ouvert, le quiz est donc terminé. Les réponses déjà données sont enregistrées.</translation>
    </message>
    <message>
        <source>Cannot start this quiz: {reason}.</source>
        <translation>Impossible de commencer ce quiz&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{zone}: not asked yet in this mode.</source>
        <translation>{zone}&#xa0;: pas encore demandée dans ce mode.</translation>
    </message>
    <message>
        <source>This question is on the {view:lower}, so the map shows it again.</source>
        <translation>Cette question porte sur la {view:lower}, la carte l’affiche donc de nouveau.</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}).</source>
        <translation>Votre historique de réponses n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The progress report could not be written to {file}: {reason}</source>
        <translation>Le rapport de progression n’a pas pu être enregistré dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Progress report written to {file}</source>
        <translation>Rapport de progression enregistré dans {file}</translation>
    </message>
    <message>
        <source>Your progress could not be saved ({reason}). It is kept while the program runs and saving is tried again after the next answer.</source>
        <translation>Votre progression n’a pas pu être enregistrée ({reason}). Elle est conservée tant que le programme tourne, et l’enregistrement est retenté après la prochaine réponse.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reason</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Progress Saved Elsewhere</source>
        <translation>Progression enregistrée ailleurs</translation>
    </message>
    <message>
        <source>Your progress was saved in {folder}. To go on with it next time, copy the file progress.json from there into {own}.</source>
        <translation>Votre progression a été enregistrée dans {folder}. Pour la reprendre la prochaine fois, copiez le fichier progress.json de ce dossier dans {own}.</translation>
    </message>
    <message>
        <source>The progress could not be written to {file}: {reason}</source>
        <translation>La progression n’a pas pu être enregistrée dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Progress exported to {file}</source>
        <translation>Progression exportée dans {file}</translation>
    </message>
    <message>
        <source>Progress reset: every area starts again.</source>
        <translation>Progression réinitialisée&#xa0;: chaque zone repart de zéro.</translation>
    </message>
    <message>
        <source>Progress was reset here but could not be saved ({reason}).</source>
        <translation>La progression a été réinitialisée ici, mais n’a pas pu être enregistrée ({reason}).</translation>
    </message>
    <message>
        <source>Export Progress as CSV</source>
        <translation>Exporter la progression en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exporter le rapport de progression</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image of the charts (*.png)</source>
        <translation>Rapport PDF (*.pdf);;Image PNG des graphiques (*.png)</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Réinitialiser la progression</translation>
    </message>
    <message>
        <source>Forget all saved quiz progress? Every area starts again in box 1. This cannot be undone; export it as CSV first to keep a copy.</source>
        <translation>Oublier toute la progression enregistrée du quiz&#x202f;? Chaque zone repart dans la boîte 1. C’est irréversible&#x202f;; exportez-la d’abord en CSV pour en garder une copie.</translation>
    </message>
    <message>
        <source>massage-trainer: progress not saved: {reason}</source>
        <translation>massage-trainer&#xa0;: progression non enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Progress Not Saved</source>
        <translation>Progression non enregistrée</translation>
    </message>
    <message>
        <source>Your latest quiz progress could not be saved, so closing now would lose it.

The reason: {reason}</source>
        <translation>Votre dernière progression au quiz n’a pas pu être enregistrée&#xa0;: fermer maintenant la ferait perdre.

La raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Try again (after freeing some space or making the folder writable), save it in another folder, or close and lose the latest answers.</source>
        <translation>Réessayez (après avoir libéré de la place ou rendu le dossier accessible en écriture), enregistrez-la dans un autre dossier, ou fermez en perdant les dernières réponses.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Save Elsewhere…</source>
        <translation>&amp;Enregistrer ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <source>Save Progress in Folder</source>
        <translation>Enregistrer la progression dans un dossier</translation>
    </message>
    <message>
        <source>Quiz</source>
        <comment>heading of the set-up page</comment>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Nombre de questions</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>every question</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Durée limite en minutes</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Sans limite de temps</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Practice: ask first what is due (spaced repetition)</source>
        <translation>S’entraîner&#xa0;: demander d’abord &amp;ce qui est à revoir (répétition espacée)</translation>
    </message>
    <message>
        <source>Areas you missed come back soon; areas you know well come back after days or weeks.</source>
        <translation>Les zones manquées reviennent bientôt&#x202f;; celles que vous connaissez bien, après des jours ou des semaines.</translation>
    </message>
    <message>
        <source>Qu&amp;estions:</source>
        <translation>Qu&amp;estions&#xa0;:</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Régi&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Dur&amp;ée limite&#xa0;:</translation>
    </message>
    <message>
        <source>As&amp;k for one side: the person’s left or right</source>
        <translation>Demander un côté&#xa0;: gauc&amp;he ou droite de la personne</translation>
    </message>
    <message>
        <source>Find it only: each question names one side of a pair, and a click on the other side counts as a mirror mistake</source>
        <translation>Seulement pour trouver les zones&#xa0;: chaque question nomme un côté d’une paire, et un clic sur l’autre côté compte comme une erreur de miroir</translation>
    </message>
    <message>
        <source>T&amp;ype the name instead of choosing it</source>
        <translation>Taper le no&amp;m au lieu de le choisir</translation>
    </message>
    <message>
        <source>Name it only: type the highlighted area’s name; other names it goes by and small slips of spelling count</source>
        <translation>Seulement pour nommer les zones&#xa0;: tapez le nom de la zone en surbrillance&#x202f;; ses autres noms et les petites fautes d’orthographe comptent aussi</translation>
    </message>
    <message>
        <source>Recall goal in per cent</source>
        <translation>Objectif de mémorisation en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a percentage</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Re&amp;call goal:</source>
        <translation>Ob&amp;jectif de mémorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Practice brings an area back when your chance of still knowing it drops to this. Higher means more reviews and fewer lapses; 90 % suits most learners.</source>
        <translation>L’entraînement ramène une zone quand vos chances de vous en souvenir tombent à ce niveau. Plus haut, c’est plus de révisions et moins d’oublis&#x202f;; 90&#xa0;% convient à la plupart des élèves.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Start the quiz (Enter)</source>
        <translation>Lancer le quiz (Entrée)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Type the name, then press Enter</source>
        <translation>Tapez le nom, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>button: check a typed name</comment>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Check the typed name (Enter)</source>
        <translation>Vérifier le nom tapé (Entrée)</translation>
    </message>
    <message>
        <source>Ta&amp;ke a Hint</source>
        <translation>Prendre un in&amp;dice</translation>
    </message>
    <message>
        <source>One hint per question; a right answer after it counts half</source>
        <translation>Un indice par question&#x202f;; une bonne réponse après l’indice compte pour moitié</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>button</comment>
        <translation>Ter&amp;miner le quiz</translation>
    </message>
    <message>
        <source>End the round now and see the results (Ctrl+.)</source>
        <translation>Terminer la série maintenant et voir les résultats (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next question (Enter or Space)</source>
        <translation>Question suivante (Entrée ou Espace)</translation>
    </message>
    <message>
        <source>Hint (half score): {hint}</source>
        <translation>Indice (demi-point)&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Practise My &amp;Mistakes</source>
        <translation>Revoir mes &amp;erreurs</translation>
    </message>
    <message>
        <source>A new round with only the questions you missed</source>
        <translation>Une nouvelle série avec seulement les questions manquées</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>&amp;Nouveau quiz</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>Whole body</source>
        <translation>Tout le corps</translation>
    </message>
    <message>
        <source>Whole body, every view</source>
        <translation>Tout le corps, toutes les vues</translation>
    </message>
    <message>
        <source>{view}: {region}</source>
        <comment>a region of one view: &apos;Front view: Arms&apos;</comment>
        <translation>{view}&#xa0;: {region}</translation>
    </message>
    <message>
        <source>{view}: {question:lower}</source>
        <comment>&apos;Front view: click the neck.&apos;</comment>
        <translation>{view} – {question}</translation>
    </message>
    <message>
        <source>That’s outside the body. Click on the body: that click did not count as a try.</source>
        <translation>C’est en dehors du corps. Cliquez sur le corps&#xa0;: ce clic ne compte pas comme un essai.</translation>
    </message>
    <message>
        <source>It is in the lit-up part: {region:lower}.</source>
        <translation>C’est dans la partie éclairée&#xa0;: {region:lower}.</translation>
    </message>
    <message>
        <source>It is in the lit-up part.</source>
        <translation>C’est dans la partie éclairée.</translation>
    </message>
    <message>
        <source>The spot is on the {zone:lower}.</source>
        <translation>Le point se trouve sur la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>It begins with “{letters}”.</source>
        <translation>Cela commence par «&#xa0;{letters}&#xa0;».</translation>
    </message>
    <message>
        <source>The {zone:lower} are shown now.</source>
        <translation>La zone «&#xa0;{zone}&#xa0;» est maintenant affichée.</translation>
    </message>
    <message>
        <source>The {zone:lower} is shown now.</source>
        <translation>La zone «&#xa0;{zone}&#xa0;» est maintenant affichée.</translation>
    </message>
    <message>
        <source>Right: that is it.</source>
        <translation>Exact&#xa0;: c’est bien ça.</translation>
    </message>
    <message>
        <source>Right: those are the {zone:lower}.</source>
        <translation>Exact&#xa0;: c’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Right: that is the {zone:lower}.</source>
        <translation>Exact&#xa0;: c’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Not quite: that is it.</source>
        <translation>Pas tout à fait&#xa0;: c’est bien ça.</translation>
    </message>
    <message>
        <source>Not quite: those are the {zone:lower}.</source>
        <translation>Pas tout à fait&#xa0;: c’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Not quite: that is the {zone:lower}.</source>
        <translation>Pas tout à fait&#xa0;: c’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>That is it.</source>
        <translation>C’est bien ça.</translation>
    </message>
    <message>
        <source>Those are the {zone:lower}.</source>
        <translation>C’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>That is the {zone:lower}.</source>
        <translation>C’est la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a target zone.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone cible.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a target zone.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone cible.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a caution zone.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a caution zone.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a zone to avoid.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a zone to avoid.</source>
        <translation>Exact&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a target zone.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone cible.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a target zone.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone cible.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a caution zone.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a caution zone.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a zone to avoid.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a zone to avoid.</source>
        <translation>Pas tout à fait&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a caution zone, not a target.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence, pas une zone cible.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a caution zone, not a target.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone de prudence, pas une zone cible.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a caution zone.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter, pas une zone de prudence.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a caution zone.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter, pas une zone de prudence.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a target.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter, pas une zone cible.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a target.</source>
        <translation>Erreur de sécurité&#xa0;: la zone «&#xa0;{zone}&#xa0;» est une zone à éviter, pas une zone cible.</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} are shown now.</source>
        <translation>Exact&#xa0;: ce point est «&#xa0;{spot}&#xa0;», qui se trouve sur la zone «&#xa0;{zone}&#xa0;», donc il compte. Le reste de la zone «&#xa0;{zone}&#xa0;» est maintenant affiché.</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} is shown now.</source>
        <translation>Exact&#xa0;: ce point est «&#xa0;{spot}&#xa0;», qui se trouve sur la zone «&#xa0;{zone}&#xa0;», donc il compte. Le reste de la zone «&#xa0;{zone}&#xa0;» est maintenant affiché.</translation>
    </message>
    <message>
        <source>That is outside the body.</source>
        <translation>C’est en dehors du corps.</translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation>Exact&#xa0;: {answer}.</translation>
    </message>
    <message>
        <source>Not quite: the answer is {answer}.</source>
        <translation>Pas tout à fait&#xa0;: la réponse est {answer}.</translation>
    </message>
    <message>
        <source>One more try.</source>
        <translation>Encore un essai.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tries.</source>
        <comment>two or more tries left</comment>
        <translation>
            <numerusform>Encore %n essai.</numerusform>
            <numerusform>Encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <source>Safe or not</source>
        <translation>Sûr ou non</translation>
    </message>
    <message>
        <source>Which technique</source>
        <translation>Quelle technique</translation>
    </message>
    <message>
        <source>Which way?</source>
        <translation>Quel sens&#x202f;?</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>en dehors du corps</translation>
    </message>
    <message>
        <source>Left {zone:lower}</source>
        <comment>the person&apos;s left</comment>
        <translation>{zone} (gauche)</translation>
    </message>
    <message>
        <source>Right {zone:lower}</source>
        <comment>the person&apos;s right</comment>
        <translation>{zone} (droite)</translation>
    </message>
    <message>
        <source>the {zone:lower}</source>
        <comment>a zone named in a list</comment>
        <translation>«&#xa0;{zone}&#xa0;»</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>the end of a list: &apos;a, b and c&apos;</comment>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Click the {zone:lower}.</source>
        <translation>Cliquez sur&#xa0;: {zone:lower}.</translation>
    </message>
    <message>
        <source>That is the right one: seen from behind, the person’s left is on your left.</source>
        <translation>C’est le côté droit&#xa0;: vue de dos, la gauche de la personne est à votre gauche.</translation>
    </message>
    <message>
        <source>That is the left one: seen from behind, the person’s right is on your right.</source>
        <translation>C’est le côté gauche&#xa0;: vue de dos, la droite de la personne est à votre droite.</translation>
    </message>
    <message>
        <source>That is the right one: seen from the front, the person’s left is on your right.</source>
        <translation>C’est le côté droit&#xa0;: vue de face, la gauche de la personne est à votre droite.</translation>
    </message>
    <message>
        <source>That is the left one: seen from the front, the person’s right is on your left.</source>
        <translation>C’est le côté gauche&#xa0;: vue de face, la droite de la personne est à votre gauche.</translation>
    </message>
    <message>
        <source>Click the person’s left {zone:lower}.</source>
        <translation>Cliquez sur&#xa0;: {zone:lower}, côté gauche de la personne.</translation>
    </message>
    <message>
        <source>Click the person’s right {zone:lower}.</source>
        <translation>Cliquez sur&#xa0;: {zone:lower}, côté droit de la personne.</translation>
    </message>
    <message>
        <source>Which area is highlighted?</source>
        <translation>Quelle zone est en surbrillance&#x202f;?</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the key that answers Target (one letter)</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>C</source>
        <comment>the key that answers Caution (one letter)</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key that answers Avoid (one letter)</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>Is the marked spot a target, a caution area or one to avoid?</source>
        <translation>Le point marqué est-il une zone cible, une zone de prudence ou une zone à éviter&#x202f;?</translation>
    </message>
    <message>
        <source>Which technique suits the {zone:lower}?</source>
        <translation>Quelle technique convient à la zone «&#xa0;{zone}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Out, away from the spine</source>
        <translation>Vers l’extérieur, loin de la colonne</translation>
    </message>
    <message>
        <source>In, toward the spine</source>
        <translation>Vers l’intérieur, vers la colonne</translation>
    </message>
    <message>
        <source>Out, away from the middle of the body</source>
        <translation>Vers l’extérieur, loin du milieu du corps</translation>
    </message>
    <message>
        <source>In, toward the middle of the body</source>
        <translation>Vers l’intérieur, vers le milieu du corps</translation>
    </message>
    <message>
        <source>Up, toward the head</source>
        <translation>Vers le haut, vers la tête</translation>
    </message>
    <message>
        <source>Down, toward the feet</source>
        <translation>Vers le bas, vers les pieds</translation>
    </message>
    <message>
        <source>{technique}: its direction</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}&#xa0;: son sens</translation>
    </message>
    <message>
        <source>{technique}: its movement</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}&#xa0;: son mouvement</translation>
    </message>
    <message>
        <source>{number}. {stroke}</source>
        <comment>one numbered stroke of several</comment>
        <translation>{number}. {stroke}</translation>
    </message>
    <message>
        <source>{technique} is drawn much the same way, so not offered.</source>
        <translation>«&#xa0;{technique}&#xa0;» se dessine presque de la même façon, elle n’est donc pas proposée.</translation>
    </message>
    <message>
        <source>{techniques} are drawn much the same way, so not offered.</source>
        <translation>{techniques} se dessinent presque de la même façon, elles ne sont donc pas proposées.</translation>
    </message>
    <message>
        <source>Which technique makes the movement drawn on the map?</source>
        <translation>Quelle technique fait le mouvement dessiné sur la carte&#x202f;?</translation>
    </message>
    <message>
        <source>The map shows: {strokes}</source>
        <translation>La carte montre&#xa0;: {strokes}</translation>
    </message>
    <message>
        <source>The hands start on the {zone:lower}.</source>
        <translation>Les mains commencent sur la zone «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}?</source>
        <translation>Dans quel sens les mains vont-elles pour «&#xa0;{technique}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}, where they press most?</source>
        <translation>Dans quel sens les mains vont-elles pour «&#xa0;{technique}&#xa0;», là où elles appuient le plus&#x202f;?</translation>
    </message>
    <message>
        <source>The map shows the path of the {technique:lower} without its arrows, over {zones}.</source>
        <translation>La carte montre le trajet de «&#xa0;{technique}&#xa0;» sans ses flèches, sur {zones}.</translation>
    </message>
    <message>
        <source>It presses most over {zones}.</source>
        <translation>Elle appuie le plus sur {zones}.</translation>
    </message>
    <message>
        <source>{technique}: where the hands press most, they move {way:lower}. {stroke}</source>
        <translation>{technique}&#xa0;: là où les mains appuient le plus, elles vont {way:lower}. {stroke}</translation>
    </message>
    <message>
        <source>Type the name of the highlighted area.</source>
        <translation>Tapez le nom de la zone en surbrillance.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>what was typed: no text</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>Right, allowing for the spelling: it is written “{zone}”.</source>
        <translation>Exact, à l’orthographe près&#xa0;: cela s’écrit «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Not quite: that names the {typed:lower}; this is the {zone:lower}.</source>
        <translation>Pas tout à fait&#xa0;: ce nom désigne «&#xa0;{typed}&#xa0;»&#x202f;; ici, c’est «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <source>Fin&amp;d it – click the area that is named</source>
        <translation>&amp;Trouver – cliquez sur la zone nommée</translation>
    </message>
    <message>
        <source>Na&amp;me it – name the highlighted area</source>
        <translation>Nommer – nommez la zone en sur&amp;brillance</translation>
    </message>
    <message>
        <source>S&amp;afe or not – target, caution or avoid?</source>
        <translation>Sûr ou non – cible, &amp;prudence ou à éviter&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Which technique – choose one that suits the area</source>
        <translation>Quelle technique – choisissez-en une qui convient &amp;à la zone</translation>
    </message>
    <message>
        <source>Which way? – the direction of a stroke, or the technique it &amp;belongs to</source>
        <translation>Quel sens&#x202f;? – le sens d’une manœu&amp;vre, ou la technique à laquelle elle appartient</translation>
    </message>
    <message>
        <source>Click it on the map. Keyboard: the arrow keys move between areas, Enter answers. Three tries.</source>
        <translation>Cliquez dessus sur la carte. Clavier&#xa0;: les flèches passent d’une zone à l’autre, Entrée répond. Trois essais.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a name.</source>
        <translation>Appuyez sur 1–4 ou cliquez sur un nom.</translation>
    </message>
    <message>
        <source>Press {target}, {caution} or {avoid} (or 1–3), or click.</source>
        <comment>answer keys</comment>
        <translation>Appuyez sur {target}, {caution} ou {avoid} (ou 1–3), ou cliquez.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a technique.</source>
        <translation>Appuyez sur 1–4 ou cliquez sur une technique.</translation>
    </message>
    <message>
        <source>Look at the stroke drawn on the map. Press an answer&apos;s number or click it.</source>
        <translation>Regardez la manœuvre dessinée sur la carte. Appuyez sur le numéro d’une réponse ou cliquez dessus.</translation>
    </message>
    <message>
        <source>Type the name and press Enter. Other names it goes by count, and small slips too.</source>
        <translation>Tapez le nom et appuyez sur Entrée. Les autres noms courants comptent aussi, tout comme les petites fautes de frappe.</translation>
    </message>
    <message>
        <source>Drill the areas of the body, on every view, until they stick. Every answer counts towards your saved progress.</source>
        <translation>Entraînez-vous sur les zones du corps, dans chaque vue, jusqu’à les connaître par cœur. Chaque réponse compte pour votre progression enregistrée.</translation>
    </message>
    <message>
        <source>No questions for this choice.</source>
        <translation>Aucune question pour ce choix.</translation>
    </message>
    <message>
        <source>No misses: every answer was right at the first try.</source>
        <translation>Aucune erreur&#xa0;: chaque réponse était juste du premier coup.</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>bonne réponse</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>{mode} has no questions here</source>
        <translation>«&#xa0;{mode}&#xa0;» n’a pas de questions ici</translation>
    </message>
    <message>
        <source>{questions} from {areas} in “{region}”. A left/right pair counts as one area.</source>
        <translation>{questions} sur {areas} dans «&#xa0;{region}&#xa0;». Une paire gauche/droite compte comme une zone.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <comment>&apos;10 questions&apos; from 12 areas</comment>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>10 questions from &apos;12 areas&apos;</comment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for practice today or tomorrow in this mode.</source>
        <translation>Rien à réviser aujourd’hui ni demain dans ce mode.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>due for practice</comment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today.</source>
        <translation>À réviser dans ce mode&#xa0;: {areas}, {today} aujourd’hui.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, none today, {more} tomorrow.</source>
        <translation>À réviser dans ce mode&#xa0;: {areas}, aucune aujourd’hui, {more} demain.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today and {more} more tomorrow.</source>
        <translation>À réviser dans ce mode&#xa0;: {areas}, {today} aujourd’hui et {more} de plus demain.</translation>
    </message>
    <message>
        <source>The marked spot is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>Le point marqué se trouve {where}.</translation>
    </message>
    <message>
        <source>The highlighted area is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>La zone en surbrillance se trouve {where}.</translation>
    </message>
    <message>
        <source>You clicked {where}.</source>
        <comment>&apos;... on the left side of the back&apos;</comment>
        <translation>Votre clic se trouve {where}.</translation>
    </message>
    <message>
        <source>{mode} (practice)</source>
        <translation>{mode} (entraînement)</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} sur {count}</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Score {score}</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>the time a round has taken</comment>
        <translation>Temps {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Temps restant {time}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}, {mark}</source>
        <comment>&apos;..., right answer&apos;</comment>
        <translation>Réponse {number}&#xa0;: {answer}, {mark}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Réponse {number}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>See &amp;Results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Techniques that suit the {zone:lower}: {techniques}.</source>
        <translation>Techniques qui conviennent à la zone «&#xa0;{zone}&#xa0;»&#xa0;: {techniques}.</translation>
    </message>
    <message>
        <source>{zone}: {level} – {meaning}.</source>
        <comment>&apos;Spine: Avoid – no direct pressure.&apos;</comment>
        <translation>{zone}&#xa0;: {level} – {meaning}.</translation>
    </message>
    <message>
        <source>{zone} ({view:lower})</source>
        <comment>&apos;Forearm (front view)&apos;</comment>
        <translation>{zone} ({view:lower})</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; found at try {number}</source>
        <translation>{zone}&#xa0;: clics&#xa0;: {clicked}&#x202f;; trouvée à l’essai {number}</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; not found</source>
        <translation>{zone}&#xa0;: clics&#xa0;: {clicked}&#x202f;; non trouvée</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer} (safety mistake)</source>
        <translation>{zone}&#xa0;: vous avez répondu {given}&#x202f;; c’est {answer} (erreur de sécurité)</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer}</source>
        <translation>{zone}&#xa0;: vous avez répondu {given}&#x202f;; c’est {answer}</translation>
    </message>
    <message>
        <source>{zone}: you chose {given}; {answer} suits it</source>
        <translation>{zone}&#xa0;: vous avez choisi {given}&#x202f;; {answer} convient</translation>
    </message>
    <message>
        <source>{technique}: you took its movement for {given}</source>
        <translation>{technique}&#xa0;: vous avez pris son mouvement pour {given}</translation>
    </message>
    <message>
        <source>{technique}: you chose {given}; it goes {way:lower}</source>
        <translation>{technique}&#xa0;: vous avez choisi {given}&#x202f;; elle va {way:lower}</translation>
    </message>
    <message>
        <source>{zone}: you answered {given}</source>
        <translation>{zone}&#xa0;: vous avez répondu {given}</translation>
    </message>
    <message>
        <source>Results: {mode}</source>
        <translation>Résultats&#xa0;: {mode}</translation>
    </message>
    <message>
        <source>No questions answered</source>
        <translation>Aucune question répondue</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent})</source>
        <translation>{score} sur {answered} justes du premier coup ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <comment>the score with the hinted answers</comment>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a score with a half point: &apos;2.5 points&apos;</comment>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent}), and {hinted} more with a hint, at half: {points}</source>
        <translation>{score} sur {answered} justes du premier coup ({percent}), et {hinted} de plus avec un indice, comptées à moitié&#xa0;: {points}</translation>
    </message>
    <message>
        <source>Time: {time}.</source>
        <translation>Temps&#xa0;: {time}.</translation>
    </message>
    <message>
        <source>The time ran out; 1 question was not asked.</source>
        <translation>Le temps est écoulé&#x202f;; 1 question n’a pas été posée.</translation>
    </message>
    <message numerus="yes">
        <source>The time ran out; %n questions were not asked.</source>
        <comment>two or more questions</comment>
        <translation>
            <numerusform>Le temps est écoulé&#x202f;; %n question n’a pas été posée.</numerusform>
            <numerusform>Le temps est écoulé&#x202f;; %n questions n’ont pas été posées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Le temps est écoulé.</translation>
    </message>
    <message numerus="yes">
        <source>Ended after {answered} of %n question(s).</source>
        <translation>
            <numerusform>Arrêté après {answered} sur %n question.</numerusform>
            <numerusform>Arrêté après {answered} sur %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s): a spot was called less risky than it is. Pressing there can hurt; learn these first.</source>
        <translation>
            <numerusform>%n erreur de sécurité&#xa0;: un point a été jugé moins risqué qu’il ne l’est. Y appuyer peut faire mal&#x202f;; apprenez-le en priorité.</numerusform>
            <numerusform>%n erreurs de sécurité&#xa0;: des points ont été jugés moins risqués qu’ils ne le sont. Y appuyer peut faire mal&#x202f;; apprenez-les en priorité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es) (select one to see it on the map):</source>
        <translation>
            <numerusform>%n erreur (sélectionnez-la pour la voir sur la carte)&#xa0;:</numerusform>
            <numerusform>%n erreurs (sélectionnez-en une pour la voir sur la carte)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCardText</name>
    <message>
        <source>{zone} ({side})</source>
        <comment>a zone of a pair, and its side</comment>
        <translation>{zone} ({side})</translation>
    </message>
    <message>
        <source>Guided routine · {minutes} · {steps} (suggested times add up to {time})</source>
        <translation>Séance guidée · {minutes} · {steps} (durées suggérées&#xa0;: {time} au total)</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Massage Trainer {version} · routine &apos;{id}&apos;</source>
        <translation>Massage Trainer {version} · séance guidée «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Worked in this routine; the number is its step</source>
        <translation>Travaillée dans cette séance&#xa0;; le numéro est celui de l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s); see the Routine tab</source>
        <translation>
            <numerusform>… et %n étape de plus&#xa0;; voir l&apos;onglet «&#xa0;Séance guidée&#xa0;»</numerusform>
            <numerusform>… et %n étapes de plus&#xa0;; voir l&apos;onglet «&#xa0;Séance guidée&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <translation>{routine} – fiche de séance guidée</translation>
    </message>
</context>
<context>
    <name>RoutineStepText</name>
    <message>
        <source>That was the last step. Wipe off extra oil and offer a glass of water.</source>
        <translation>C’était la dernière étape. Essuyez l’huile en trop et proposez un verre d’eau.</translation>
    </message>
    <message>
        <source>Time is up for this step. Move on when ready (N).</source>
        <translation>Le temps de cette étape est écoulé. Passez à la suite quand vous le souhaitez (N).</translation>
    </message>
    <message>
        <source>Running. Space pauses.</source>
        <translation>En cours. Espace met en pause.</translation>
    </message>
    <message>
        <source>Paused. Space carries on.</source>
        <translation>En pause. Espace reprend.</translation>
    </message>
    <message>
        <source>Press Start (Space) when your hands are in place.</source>
        <translation>Appuyez sur Démarrer (Espace) quand vos mains sont en place.</translation>
    </message>
    <message>
        <source>{icon} {level} {zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{icon} {level} {zone}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Prudence à proximité</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message numerus="yes">
        <source>about %n min to go</source>
        <translation>
            <numerusform>encore environ %n min</numerusform>
            <numerusform>encore environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>plus rien à faire</translation>
    </message>
    <message>
        <source>{position}: {step}</source>
        <comment>&apos;Step 3 of 9: Upper back&apos;</comment>
        <translation>{position}&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>{zone} ({side})</source>
        <comment>&apos;Shoulder blade (left side)&apos;</comment>
        <translation>{zone} ({side})</translation>
    </message>
    <message>
        <source>{step}, {time}.</source>
        <comment>said when a step begins: &apos;Step 3 of 9: Upper back, 2 minutes.&apos;</comment>
        <translation>{step}, {time}.</translation>
    </message>
    <message>
        <source>{time} left in this step.</source>
        <translation>Il reste {time} pour cette étape.</translation>
    </message>
</context>
<context>
    <name>RoutineTabText</name>
    <message>
        <source>No zones: the person turns over</source>
        <translation>Aucune zone&#xa0;: la personne se retourne</translation>
    </message>
    <message>
        <source>Export Routine Card</source>
        <translation>Exporter la carte de la séance guidée</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Guided routine</source>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>Routine</source>
        <comment>read out: the routine chooser</comment>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>&amp;Which routine:</source>
        <translation>Quelle séan&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: a routine&apos;s step</comment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <comment>button: step</comment>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>button: the clock</comment>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <comment>button: step</comment>
        <translation>Sui&amp;vante ▶</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <comment>button: the routine</comment>
        <translation>Recomm&amp;encer</translation>
    </message>
    <message>
        <source>Move on &amp;automatically</source>
        <translation>Avancer au&amp;tomatiquement</translation>
    </message>
    <message>
        <source>Go to the next step by itself when a step&apos;s time is up</source>
        <translation>Passer de soi-même à l&apos;étape suivante quand le temps d&apos;une étape est écoulé</translation>
    </message>
    <message>
        <source>Keys: Space starts and pauses the clock; N, → or Page Down for the next step; P, ← or Page Up for the previous one.</source>
        <translation>Touches&#xa0;: Espace lance et met en pause le minuteur&#x202f;; N, → ou Page suivante pour l&apos;étape suivante&#x202f;; P, ← ou Page précédente pour la précédente.</translation>
    </message>
    <message>
        <source>Rou&amp;tine</source>
        <comment>the side tab</comment>
        <translation>&amp;Séance guidée</translation>
    </message>
    <message>
        <source>A guided session, step by step</source>
        <translation>Une séance guidée, étape par étape</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <comment>the menu</comment>
        <translation>Séa&amp;nce guidée</translation>
    </message>
    <message>
        <source>Show &amp;Routine</source>
        <translation>&amp;Afficher la séance guidée</translation>
    </message>
    <message>
        <source>Open the Routine tab: a guided session, step by step</source>
        <translation>Ouvrir l&apos;onglet Séance guidée&#xa0;: une séance guidée, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Démarrer / Pause</translation>
    </message>
    <message>
        <source>Start or pause the countdown of this step</source>
        <translation>Démarrer ou mettre en pause le compte à rebours de cette étape</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Revenir d&apos;une étape</translation>
    </message>
    <message>
        <source>Res&amp;tart Routine</source>
        <translation>&amp;Recommencer la séance</translation>
    </message>
    <message>
        <source>Back to the first step, with the clock stopped</source>
        <translation>Retour à la première étape, minuteur arrêté</translation>
    </message>
    <message>
        <source>Say Time &amp;Left</source>
        <translation>Annoncer le &amp;temps restant</translation>
    </message>
    <message>
        <source>Have a screen reader say how much time this step has left</source>
        <translation>Faire annoncer par le lecteur d&apos;écran le temps restant pour cette étape</translation>
    </message>
    <message>
        <source>Move On &amp;Automatically</source>
        <translation>Avancer a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>Go on to the next step when the time is up</source>
        <translation>Passer à l&apos;étape suivante quand le temps est écoulé</translation>
    </message>
    <message>
        <source>Print Routine &amp;Card…</source>
        <translation>Imprimer la &amp;carte de la séance…</translation>
    </message>
    <message>
        <source>Preview and print this routine as a one-page card to keep beside the table</source>
        <translation>Prévisualiser et imprimer cette séance sous forme de carte d&apos;une page à garder près de la table</translation>
    </message>
    <message>
        <source>&amp;Export Routine Card…</source>
        <translation>E&amp;xporter la carte de la séance…</translation>
    </message>
    <message>
        <source>Save this routine as a one-page PDF card</source>
        <translation>Enregistrer cette séance comme carte PDF d&apos;une page</translation>
    </message>
    <message>
        <source>&amp;Choose Routine</source>
        <translation>C&amp;hoisir la séance</translation>
    </message>
    <message>
        <source>{routine} ({minutes} min)</source>
        <comment>a routine and its length</comment>
        <translation>{routine} ({minutes} min)</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Aucune séance guidée</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Prudence à proximité</translation>
    </message>
    <message>
        <source>{zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{zone}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>There are no routines for this zone set.</source>
        <translation>Il n&apos;y a aucune séance guidée pour ce jeu de zones.</translation>
    </message>
    <message>
        <source>The routine file has problems</source>
        <translation>Le fichier des séances guidées présente des problèmes</translation>
    </message>
    <message>
        <source>{file} could not be used. Fix these and open the zone set again:</source>
        <translation>{file} n&apos;a pas pu être utilisé. Corrigez ces problèmes et rouvrez le jeu de zones&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot write the routine card</source>
        <translation>Impossible d&apos;écrire la carte de la séance</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote the routine card to {file}</source>
        <translation>Carte de la séance écrite dans {file}</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>work here</source>
        <translation>travaillez ici</translation>
    </message>
    <message>
        <source>a target zone</source>
        <translation>une zone cible</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>une zone cible</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <source>light, broad pressure only</source>
        <translation>seulement une pression légère et large</translation>
    </message>
    <message>
        <source>a caution zone</source>
        <translation>une zone de prudence</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>no direct pressure</source>
        <translation>aucune pression directe</translation>
    </message>
    <message>
        <source>a zone to avoid</source>
        <translation>une zone à éviter</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>{view}: zone worksheet</source>
        <comment>the worksheet&apos;s title</comment>
        <translation>{view}&#xa0;: fiche d&apos;exercice des zones</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each numbered zone. Both zones of a left and right pair share one number.</source>
        <translation>Écrivez le nom et le niveau de sécurité de chaque zone numérotée. Les deux zones d&apos;une paire gauche-droite partagent un numéro.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each zone (continued)</source>
        <translation>Écrivez le nom et le niveau de sécurité de chaque zone (suite)</translation>
    </message>
    <message>
        <source>{view}: answer key</source>
        <comment>the answer key&apos;s title</comment>
        <translation>{view}&#xa0;: corrigé</translation>
    </message>
    <message>
        <source>The answers to the worksheet: every numbered zone with its name and its safety level.</source>
        <translation>Le corrigé de la fiche d&apos;exercice&#xa0;: chaque zone numérotée avec son nom et son niveau de sécurité.</translation>
    </message>
    <message>
        <source>Key to the numbers</source>
        <translation>Légende des numéros</translation>
    </message>
    <message>
        <source>Answer key (continued)</source>
        <translation>Corrigé (suite)</translation>
    </message>
    <message>
        <source>{view}: where to massage, and where not to</source>
        <comment>the zone sheet&apos;s title</comment>
        <translation>{view}&#xa0;: où masser, et où ne pas masser</translation>
    </message>
    <message>
        <source>Work on the zones marked Target; go lightly on Caution; never press on Avoid.</source>
        <translation>Travaillez sur les zones marquées «&#xa0;Cible&#xa0;»&#xa0;; allez-y doucement sur «&#xa0;Prudence&#xa0;»&#xa0;; n&apos;appuyez jamais sur «&#xa0;À éviter&#xa0;».</translation>
    </message>
    <message>
        <source>The numbers are explained on the following pages.</source>
        <translation>Les numéros sont expliqués dans les pages suivantes.</translation>
    </message>
    <message>
        <source>Key to the numbers (continued)</source>
        <translation>Légende des numéros (suite)</translation>
    </message>
    <message>
        <source>zone worksheet</source>
        <translation>fiche d&apos;exercice des zones</translation>
    </message>
    <message>
        <source>zone sheet</source>
        <translation>fiche des zones</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Pression légère</translation>
    </message>
    <message>
        <source>Moderate pressure</source>
        <translation>Pression modérée</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Pression ferme</translation>
    </message>
    <message>
        <source>Pressure varies</source>
        <translation>Pression variable</translation>
    </message>
    <message>
        <source>Upper trapezius ridge</source>
        <translation>Crête du trapèze supérieur</translation>
    </message>
    <message>
        <source>Collarbone</source>
        <translation>Clavicule</translation>
    </message>
    <message>
        <source>Groin fold</source>
        <translation>Pli de l&apos;aine</translation>
    </message>
    <message>
        <source>{views} and {last}</source>
        <comment>a list of views: the first ones, the last</comment>
        <translation>{views} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between views in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{view}: {title:lower}</source>
        <comment>a view&apos;s title, then a heading</comment>
        <translation>{view}&#xa0;: {title:lower}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the zone table&apos;s column of numbers</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Zone and safety</source>
        <translation>Zone et sécurité</translation>
    </message>
    <message>
        <source>Why, what to watch for, and the techniques</source>
        <translation>Pourquoi, points de vigilance et techniques</translation>
    </message>
    <message>
        <source>left and right</source>
        <translation>gauche et droite</translation>
    </message>
    <message>
        <source>Take care: {warnings}</source>
        <translation>Attention&#xa0;: {warnings}</translation>
    </message>
    <message>
        <source>Techniques: {techniques}.</source>
        <translation>Techniques&#xa0;: {techniques}.</translation>
    </message>
    <message>
        <source>{view}, page {page}</source>
        <translation>{view}, page {page}</translation>
    </message>
    <message>
        <source>The zones of each view are numbered separately, as on that view&apos;s diagram ({where}); both zones of a left and right pair share one number.</source>
        <translation>Les zones de chaque vue sont numérotées séparément, comme sur le schéma de cette vue ({where})&#xa0;; les deux zones d&apos;une paire gauche-droite partagent un numéro.</translation>
    </message>
    <message>
        <source>The numbers match the diagram on page 1; both zones of a left and right pair share one number.</source>
        <translation>Les numéros correspondent au schéma de la page 1&#xa0;; les deux zones d&apos;une paire gauche-droite partagent un numéro.</translation>
    </message>
    <message>
        <source>{numbers} Safety: {levels}.</source>
        <translation>{numbers} Sécurité&#xa0;: {levels}.</translation>
    </message>
    <message>
        <source>numbered as on page {page}</source>
        <translation>numérotées comme en page {page}</translation>
    </message>
    <message>
        <source>The numbered zones (continued)</source>
        <translation>Les zones numérotées (suite)</translation>
    </message>
    <message>
        <source>The numbered zones, {view} (continued)</source>
        <translation>Les zones numérotées, {view} (suite)</translation>
    </message>
    <message>
        <source>The numbered zones</source>
        <translation>Les zones numérotées</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Ce qui se trouve dessous</translation>
    </message>
    <message>
        <source>What lies beneath: {view:lower}</source>
        <translation>Ce qui se trouve dessous&#xa0;: {view:lower}</translation>
    </message>
    <message>
        <source>The bones, organs, nerves, vessels and muscles under the zones, as the window shows them with every anatomy layer on. The zones are left plain here: their levels are on the diagram page.</source>
        <translation>Les os, organes, nerfs, vaisseaux et muscles sous les zones, tels que la fenêtre les montre avec toutes les couches anatomiques. Les zones restent neutres ici&#xa0;: leurs niveaux figurent sur la page du schéma.</translation>
    </message>
    <message>
        <source>{structures}.</source>
        <comment>a layer&apos;s structures listed</comment>
        <translation>{structures}.</translation>
    </message>
    <message>
        <source>Rules, and when not to massage</source>
        <translation>Règles, et quand ne pas masser</translation>
    </message>
    <message>
        <source>General rules</source>
        <translation>Règles générales</translation>
    </message>
    <message>
        <source>Some conditions rule a massage out, some rule out one area, and some call for a wait. When in doubt, do not massage and ask a doctor.</source>
        <translation>Certaines affections excluent tout massage, d&apos;autres une seule région, d&apos;autres imposent d&apos;attendre. En cas de doute, ne massez pas et demandez l&apos;avis d&apos;un médecin.</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Quand ne pas masser</translation>
    </message>
    <message>
        <source>{view}, {number}</source>
        <comment>a zone&apos;s view and its number</comment>
        <translation>{view}, {number}</translation>
    </message>
    <message>
        <source>Zones: {zones}.</source>
        <translation>Zones&#xa0;: {zones}.</translation>
    </message>
    <message>
        <source>Order of a session</source>
        <translation>Déroulement d&apos;une séance</translation>
    </message>
    <message>
        <source>{view}:</source>
        <comment>before a view&apos;s strokes</comment>
        <translation>{view}&#xa0;:</translation>
    </message>
    <message>
        <source>{numbers} ({view})</source>
        <comment>zone numbers and their view</comment>
        <translation>{numbers} ({view})</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the views&apos; zone numbers</comment>
        <translation> et </translation>
    </message>
    <message>
        <source>Used on zone {numbers}.</source>
        <comment>one zone&apos;s number</comment>
        <translation>Utilisée sur la zone {numbers}.</translation>
    </message>
    <message>
        <source>Used on zones {numbers}.</source>
        <comment>several zones&apos; numbers</comment>
        <translation>Utilisée sur les zones {numbers}.</translation>
    </message>
    <message>
        <source>Every technique named in the zone table, grouped by family, with its steps. Work slowly, check the pressure with the person, and keep to the zones marked Target.</source>
        <translation>Chaque technique citée dans le tableau des zones, regroupée par famille, avec ses étapes. Travaillez lentement, vérifiez la pression avec la personne et restez sur les zones marquées «&#xa0;Cible&#xa0;».</translation>
    </message>
    <message>
        <source>Technique glossary</source>
        <translation>Glossaire des techniques</translation>
    </message>
    <message>
        <source>{technique} (continued)</source>
        <translation>{technique} (suite)</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>impossible de commencer une nouvelle page</translation>
    </message>
    <message>
        <source>Massage Trainer {what} – {views} – {date}</source>
        <translation>Massage Trainer {what} – {views} – {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Massage Trainer teaches massage; it does not give medical advice.</source>
        <translation>Massage Trainer enseigne le massage&#xa0;; il ne remplace pas un avis médical.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Nom de la zone</translation>
    </message>
    <message>
        <source>Safety level</source>
        <translation>Niveau de sécurité</translation>
    </message>
    <message>
        <source>Safety levels</source>
        <translation>Niveaux de sécurité</translation>
    </message>
    <message>
        <source>Pressure point: slow, firm thumb pressure</source>
        <translation>Point de pression&#xa0;: pression lente et ferme du pouce</translation>
    </message>
    <message>
        <source>Trigger points: where knots cluster</source>
        <translation>Points gâchettes&#xa0;: là où les nœuds se regroupent</translation>
    </message>
    <message>
        <source>The patterns show each level in a black-and-white copy too.</source>
        <translation>Les motifs montrent chaque niveau aussi sur une copie en noir et blanc.</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>a line on the worksheet to write one&apos;s name on</comment>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Suite à la page suivante.</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the PDF zone sheet.</source>
        <translation>
            <numerusform>%n autre dans la fiche des zones en PDF.</numerusform>
            <numerusform>%n autres dans la fiche des zones en PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPageText</name>
    <message>
        <source>Statistics summary</source>
        <translation>Résumé des statistiques</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Réponses par jour</translation>
    </message>
    <message>
        <source>Answers per day in words</source>
        <translation>Réponses par jour, en mots</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Jours d’étude</translation>
    </message>
    <message>
        <source>Study days in words</source>
        <translation>Jours d’étude, en mots</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Erreurs de sécurité par jour</translation>
    </message>
    <message>
        <source>Safety mistakes in words</source>
        <translation>Erreurs de sécurité, en mots</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s) (bars), share right (line)</source>
        <translation>
            <numerusform>Réponses par jour, dernier jour (%n) (barres), part de justes (ligne)</numerusform>
            <numerusform>Réponses par jour, %n derniers jours (barres), part de justes (ligne)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Erreurs de sécurité par jour, dernier jour (%n)</numerusform>
            <numerusform>Erreurs de sécurité par jour, %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Chaque zone</translation>
    </message>
    <message>
        <source>Answers, share right and time per area</source>
        <translation>Réponses, part de justes et temps par zone</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Souvent confondues</translation>
    </message>
    <message>
        <source>Export Progress Re&amp;port…</source>
        <translation>Exporter le &amp;rapport de progression…</translation>
    </message>
    <message>
        <source>Save these figures and charts as a PDF or a PNG image</source>
        <translation>Enregistrer ces chiffres et graphiques en PDF ou en image PNG</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Aucune zone n’a encore été prise pour une autre.</translation>
    </message>
</context>
<context>
    <name>StrokeText</name>
    <message>
        <source>floats over the {zone:lower}: no pressure at all here</source>
        <translation>passe en flottant au-dessus de «&#xa0;{zone}&#xa0;»&#xa0;: aucune pression ici</translation>
    </message>
    <message>
        <source>passes over the {zone:lower}: lighten here</source>
        <translation>passe sur «&#xa0;{zone}&#xa0;»&#xa0;: allégez la pression ici</translation>
    </message>
    <message>
        <source>up</source>
        <translation>vers le haut</translation>
    </message>
    <message>
        <source>down</source>
        <translation>vers le bas</translation>
    </message>
    <message>
        <source>outward</source>
        <translation>vers l&apos;extérieur</translation>
    </message>
    <message>
        <source>inward</source>
        <translation>vers l&apos;intérieur</translation>
    </message>
    <message>
        <source>up and outward</source>
        <translation>vers le haut et l&apos;extérieur</translation>
    </message>
    <message>
        <source>up and inward</source>
        <translation>vers le haut et l&apos;intérieur</translation>
    </message>
    <message>
        <source>down and outward</source>
        <translation>vers le bas et l&apos;extérieur</translation>
    </message>
    <message>
        <source>down and inward</source>
        <translation>vers le bas et l&apos;intérieur</translation>
    </message>
    <message>
        <source>with no pressure</source>
        <translation>sans pression</translation>
    </message>
    <message>
        <source>lightly</source>
        <translation>légèrement</translation>
    </message>
    <message>
        <source>with moderate pressure</source>
        <translation>avec une pression modérée</translation>
    </message>
    <message>
        <source>firmly</source>
        <translation>fermement</translation>
    </message>
    <message>
        <source>Both hands, one on each side,</source>
        <translation>Les deux mains, une de chaque côté,</translation>
    </message>
    <message>
        <source>Both hands together</source>
        <translation>Les deux mains ensemble</translation>
    </message>
    <message>
        <source>The hands take turns, one on each side, and</source>
        <translation>Les mains alternent, une de chaque côté, et</translation>
    </message>
    <message>
        <source>The hands take turns and</source>
        <translation>Les mains alternent et</translation>
    </message>
    <message>
        <source>The left hand, with the right mirroring it on the other side,</source>
        <translation>La main gauche, la droite l&apos;imitant en miroir de l&apos;autre côté,</translation>
    </message>
    <message>
        <source>The left hand</source>
        <translation>La main gauche</translation>
    </message>
    <message>
        <source>The right hand, with the left mirroring it on the other side,</source>
        <translation>La main droite, la gauche l&apos;imitant en miroir de l&apos;autre côté,</translation>
    </message>
    <message>
        <source>The right hand</source>
        <translation>La main droite</translation>
    </message>
    <message>
        <source>The hands</source>
        <translation>Les mains</translation>
    </message>
    <message>
        <source>glide</source>
        <comment>two hands do it</comment>
        <translation>glissent</translation>
    </message>
    <message>
        <source>walk in small steps</source>
        <comment>two hands do it</comment>
        <translation>avancent à petits pas</translation>
    </message>
    <message>
        <source>press and let go</source>
        <comment>two hands do it</comment>
        <translation>appuient et relâchent</translation>
    </message>
    <message>
        <source>move</source>
        <comment>two hands do it</comment>
        <translation>bougent</translation>
    </message>
    <message>
        <source>glides</source>
        <comment>one hand does it</comment>
        <translation>glisse</translation>
    </message>
    <message>
        <source>walks in small steps</source>
        <comment>one hand does it</comment>
        <translation>avance à petits pas</translation>
    </message>
    <message>
        <source>presses and lets go</source>
        <comment>one hand does it</comment>
        <translation>appuie et relâche</translation>
    </message>
    <message>
        <source>moves</source>
        <comment>one hand does it</comment>
        <translation>bouge</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <comment>not a whole number</comment>
        <translation>{seconds} secondes</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>passes of a stroke</comment>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>{way} {pressure}</source>
        <comment>a piece of the way, then how hard</comment>
        <translation>{way} {pressure}</translation>
    </message>
    <message>
        <source>{hands} {verb}.</source>
        <translation>{hands} {verb}.</translation>
    </message>
    <message>
        <source>{direction} from the {start:lower} into the {end:lower}</source>
        <translation>{direction} depuis «&#xa0;{start}&#xa0;» jusqu&apos;à «&#xa0;{end}&#xa0;»</translation>
    </message>
    <message>
        <source>{direction} along the {zone:lower}</source>
        <translation>{direction} le long de «&#xa0;{zone}&#xa0;»</translation>
    </message>
    <message>
        <source>{way} over the {zone:lower}</source>
        <translation>{way} par-dessus «&#xa0;{zone}&#xa0;»</translation>
    </message>
    <message>
        <source>{way} into the {zone:lower}</source>
        <translation>{way} jusqu&apos;à «&#xa0;{zone}&#xa0;»</translation>
    </message>
    <message>
        <source>from the {zone:lower} {legs}</source>
        <translation>depuis «&#xa0;{zone}&#xa0;» {legs}</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the legs of a stroke&apos;s way</comment>
        <translation>, puis </translation>
    </message>
    <message>
        <source>{way}, back to where it began</source>
        <translation>{way}, jusqu&apos;au point de départ</translation>
    </message>
    <message>
        <source>each pass takes about {seconds}, {passes}</source>
        <translation>chaque passage dure environ {seconds}, {passes}</translation>
    </message>
    <message>
        <source>{hands} {verb} {way}; {tempo}.</source>
        <translation>{hands} {verb} {way}&#xa0;; {tempo}.</translation>
    </message>
</context>
<context>
    <name>StrokesText</name>
    <message>
        <source>▶ Play</source>
        <comment>button: play the strokes</comment>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>button: pause the strokes</comment>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Space on the map or F8 plays and pauses; Shift+F8 steps; Esc clears.</source>
        <translation>Espace sur la carte ou F8 lance et met en pause&#x202f;; Maj+F8 avance pas à pas&#x202f;; Échap les retire.</translation>
    </message>
    <message>
        <source>Strokes of {technique} on the map.</source>
        <translation>Manœuvres de {technique} sur la carte.</translation>
    </message>
    <message>
        <source>No strokes of {technique} are drawn on this view of the body.</source>
        <translation>Aucune manœuvre de {technique} n&apos;est dessinée sur cette vue du corps.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The strokes&lt;/b&gt; ({view:lower})</source>
        <comment>rich text: keep the &lt;b&gt; marks</comment>
        <translation>&lt;b&gt;Les manœuvres&lt;/b&gt; ({view:lower})</translation>
    </message>
    <message>
        <source>On the way:</source>
        <translation>En chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Drawn on the map now.</source>
        <translation>Dessinées sur la carte maintenant.</translation>
    </message>
    <message>
        <source>▶ Show the strokes on the map</source>
        <translation>▶ Montrer les manœuvres sur la carte</translation>
    </message>
    <message>
        <source>Ready: press Play to watch the hands move at the real pace.</source>
        <translation>Prêt&#xa0;: appuyez sur Lire pour voir les mains bouger au rythme réel.</translation>
    </message>
    <message>
        <source>Done: all {time} played. Play starts again.</source>
        <translation>Terminé&#xa0;: les {time} ont été lus. Lire recommence.</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Lecture&#xa0;: manœuvre {stroke} sur {strokes}, passage {pass} sur {passes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>Lecture&#xa0;: manœuvre {stroke} sur {strokes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Lecture&#xa0;: la manœuvre, passage {pass} sur {passes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke · {elapsed} of {total}</source>
        <translation>Lecture&#xa0;: la manœuvre · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>En pause&#xa0;: manœuvre {stroke} sur {strokes}, passage {pass} sur {passes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>En pause&#xa0;: manœuvre {stroke} sur {strokes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>En pause&#xa0;: la manœuvre, passage {pass} sur {passes} · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke · {elapsed} of {total}</source>
        <translation>En pause&#xa0;: la manœuvre · {elapsed} sur {total}</translation>
    </message>
    <message>
        <source>Strokes on the map</source>
        <translation>Manœuvres sur la carte</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement (F8; Space on the map)</source>
        <translation>Lire ou mettre en pause le mouvement des mains (F8&#x202f;; Espace sur la carte)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <comment>button: the next stroke</comment>
        <translation>Pas ▸</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke (Shift+F8)</source>
        <translation>Mettre en pause et passer au passage ou à la manœuvre suivante (Maj+F8)</translation>
    </message>
    <message>
        <source>✕ Clear</source>
        <comment>button: strokes off</comment>
        <translation>✕ Retirer</translation>
    </message>
    <message>
        <source>Take the strokes off the map (Esc on the map)</source>
        <translation>Retirer les manœuvres de la carte (Échap sur la carte)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>read out: play the strokes</comment>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: the next stroke</comment>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Clear the strokes</source>
        <translation>Retirer les manœuvres</translation>
    </message>
    <message>
        <source>Play St&amp;rokes</source>
        <translation>L&amp;ire les manœuvres</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement of the technique drawn on the map</source>
        <translation>Lire ou mettre en pause le mouvement des mains de la technique dessinée sur la carte</translation>
    </message>
    <message>
        <source>Step Through Stro&amp;kes</source>
        <translation>Manœuvres pas à pa&amp;s</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke</source>
        <translation>Mettre en pause et passer au passage ou à la manœuvre suivante</translation>
    </message>
    <message>
        <source>Cl&amp;ear Strokes</source>
        <translation>Re&amp;tirer les manœuvres</translation>
    </message>
    <message>
        <source>Take the technique&apos;s strokes off the map</source>
        <translation>Retirer de la carte les manœuvres de la technique</translation>
    </message>
    <message>
        <source>{technique} has no strokes drawn on the {view:lower}.</source>
        <translation>{technique} n&apos;a aucune manœuvre dessinée sur la {view:lower}.</translation>
    </message>
    <message>
        <source>On the map: {technique}</source>
        <translation>Sur la carte&#xa0;: {technique}</translation>
    </message>
    <message>
        <source>Strokes of {technique} drawn on the map. Space or F8 plays them.</source>
        <translation>Manœuvres de {technique} dessinées sur la carte. Espace ou F8 les lit.</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>read out: pause the strokes</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause St&amp;rokes</source>
        <translation>&amp;Interrompre les manœuvres</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <comment>a length of time: &apos;1 hour 5 minutes&apos;</comment>
        <translation>{hours} {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <comment>a length of time: &apos;1 minute 15 seconds&apos;</comment>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereText</name>
    <message>
        <source>the knob at the base of the skull</source>
        <translation>la bosse osseuse à la base du crâne</translation>
    </message>
    <message>
        <source>the bony knob behind the ear</source>
        <translation>la bosse osseuse derrière l&apos;oreille</translation>
    </message>
    <message>
        <source>the bony bump at the base of the neck</source>
        <translation>la bosse osseuse à la base du cou</translation>
    </message>
    <message>
        <source>the tip of the shoulder</source>
        <translation>la pointe de l&apos;épaule</translation>
    </message>
    <message>
        <source>the upper corner of the shoulder blade</source>
        <translation>l&apos;angle supérieur de l&apos;omoplate</translation>
    </message>
    <message>
        <source>the inner end of the shoulder blade&apos;s ridge</source>
        <translation>l&apos;extrémité interne de l&apos;épine de l&apos;omoplate</translation>
    </message>
    <message>
        <source>the lower tip of the shoulder blade</source>
        <translation>la pointe inférieure de l&apos;omoplate</translation>
    </message>
    <message>
        <source>the lowest rib</source>
        <translation>la dernière côte</translation>
    </message>
    <message>
        <source>the top of the hip bone</source>
        <translation>le haut de l&apos;os de la hanche</translation>
    </message>
    <message>
        <source>the dimple above the buttock</source>
        <translation>la fossette au-dessus de la fesse</translation>
    </message>
    <message>
        <source>the bony point at the side of the hip</source>
        <translation>la saillie osseuse sur le côté de la hanche</translation>
    </message>
    <message>
        <source>the sitting bone</source>
        <translation>l&apos;ischion</translation>
    </message>
    <message>
        <source>the tip of the elbow</source>
        <translation>la pointe du coude</translation>
    </message>
    <message>
        <source>the wrist</source>
        <translation>le poignet</translation>
    </message>
    <message>
        <source>the crease at the back of the knee</source>
        <translation>le pli derrière le genou</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>le talon</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>le menton</translation>
    </message>
    <message>
        <source>the notch at the top of the breastbone</source>
        <translation>l&apos;encoche en haut du sternum</translation>
    </message>
    <message>
        <source>the collarbone</source>
        <translation>la clavicule</translation>
    </message>
    <message>
        <source>the nipple</source>
        <translation>le mamelon</translation>
    </message>
    <message>
        <source>the lower tip of the breastbone</source>
        <translation>la pointe inférieure du sternum</translation>
    </message>
    <message>
        <source>the navel</source>
        <translation>le nombril</translation>
    </message>
    <message>
        <source>the bony point at the front of the hip</source>
        <translation>la saillie osseuse à l&apos;avant de la hanche</translation>
    </message>
    <message>
        <source>the pubic bone</source>
        <translation>l&apos;os pubien</translation>
    </message>
    <message>
        <source>the crease of the elbow</source>
        <translation>le pli du coude</translation>
    </message>
    <message>
        <source>the kneecap</source>
        <translation>la rotule</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>arrière de la tête</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cou</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>mid-back</source>
        <translation>milieu du dos</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>fesses</translation>
    </message>
    <message>
        <source>back of the left shoulder</source>
        <translation>arrière de l&apos;épaule gauche</translation>
    </message>
    <message>
        <source>back of the right shoulder</source>
        <translation>arrière de l&apos;épaule droite</translation>
    </message>
    <message>
        <source>back of the left upper arm</source>
        <translation>arrière du bras gauche</translation>
    </message>
    <message>
        <source>back of the right upper arm</source>
        <translation>arrière du bras droit</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>coude gauche</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>coude droit</translation>
    </message>
    <message>
        <source>back of the left forearm</source>
        <translation>arrière de l&apos;avant-bras gauche</translation>
    </message>
    <message>
        <source>back of the right forearm</source>
        <translation>arrière de l&apos;avant-bras droit</translation>
    </message>
    <message>
        <source>back of the left hand</source>
        <translation>dos de la main gauche</translation>
    </message>
    <message>
        <source>back of the right hand</source>
        <translation>dos de la main droite</translation>
    </message>
    <message>
        <source>back of the left thigh</source>
        <translation>arrière de la cuisse gauche</translation>
    </message>
    <message>
        <source>back of the right thigh</source>
        <translation>arrière de la cuisse droite</translation>
    </message>
    <message>
        <source>back of the left knee</source>
        <translation>creux du genou gauche</translation>
    </message>
    <message>
        <source>back of the right knee</source>
        <translation>creux du genou droit</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>mollet gauche</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>mollet droit</translation>
    </message>
    <message>
        <source>left heel</source>
        <translation>talon gauche</translation>
    </message>
    <message>
        <source>right heel</source>
        <translation>talon droit</translation>
    </message>
    <message>
        <source>top of the left shoulder</source>
        <translation>dessus de l&apos;épaule gauche</translation>
    </message>
    <message>
        <source>top of the right shoulder</source>
        <translation>dessus de l&apos;épaule droite</translation>
    </message>
    <message>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <source>upper belly</source>
        <translation>haut du ventre</translation>
    </message>
    <message>
        <source>lower belly</source>
        <translation>bas du ventre</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <source>front of the left shoulder</source>
        <translation>avant de l&apos;épaule gauche</translation>
    </message>
    <message>
        <source>front of the right shoulder</source>
        <translation>avant de l&apos;épaule droite</translation>
    </message>
    <message>
        <source>front of the left upper arm</source>
        <translation>avant du bras gauche</translation>
    </message>
    <message>
        <source>front of the right upper arm</source>
        <translation>avant du bras droit</translation>
    </message>
    <message>
        <source>inside of the left elbow</source>
        <translation>pli du coude gauche</translation>
    </message>
    <message>
        <source>inside of the right elbow</source>
        <translation>pli du coude droit</translation>
    </message>
    <message>
        <source>inside of the left forearm</source>
        <translation>face interne de l&apos;avant-bras gauche</translation>
    </message>
    <message>
        <source>inside of the right forearm</source>
        <translation>face interne de l&apos;avant-bras droit</translation>
    </message>
    <message>
        <source>left palm</source>
        <translation>paume gauche</translation>
    </message>
    <message>
        <source>right palm</source>
        <translation>paume droite</translation>
    </message>
    <message>
        <source>front of the left thigh</source>
        <translation>avant de la cuisse gauche</translation>
    </message>
    <message>
        <source>front of the right thigh</source>
        <translation>avant de la cuisse droite</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>genou gauche</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>genou droit</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>tibia gauche</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>tibia droit</translation>
    </message>
    <message>
        <source>top of the left foot</source>
        <translation>dessus du pied gauche</translation>
    </message>
    <message>
        <source>top of the right foot</source>
        <translation>dessus du pied droit</translation>
    </message>
    <message>
        <source>a finger&apos;s width</source>
        <translation>un doigt</translation>
    </message>
    <message>
        <source>two fingers&apos; widths</source>
        <translation>deux doigts</translation>
    </message>
    <message>
        <source>three fingers&apos; widths</source>
        <translation>trois doigts</translation>
    </message>
    <message>
        <source>a hand&apos;s width</source>
        <translation>une largeur de main</translation>
    </message>
    <message>
        <source>a hand and a half</source>
        <translation>une largeur de main et demie</translation>
    </message>
    <message>
        <source>two and a half hands&apos; widths</source>
        <translation>deux largeurs de main et demie</translation>
    </message>
    <message>
        <source>three and a half hands&apos; widths</source>
        <translation>trois largeurs de main et demie</translation>
    </message>
    <message>
        <source>four and a half hands&apos; widths</source>
        <translation>quatre largeurs de main et demie</translation>
    </message>
    <message>
        <source>{number} and a half hands&apos; widths</source>
        <translation>{number} largeurs de main et demie</translation>
    </message>
    <message>
        <source>two hands&apos; widths</source>
        <translation>deux largeurs de main</translation>
    </message>
    <message>
        <source>three hands&apos; widths</source>
        <translation>trois largeurs de main</translation>
    </message>
    <message>
        <source>four hands&apos; widths</source>
        <translation>quatre largeurs de main</translation>
    </message>
    <message>
        <source>{number} hands&apos; widths</source>
        <translation>{number} largeurs de main</translation>
    </message>
    <message>
        <source>{widths} from the spine</source>
        <translation>à {widths} de la colonne vertébrale</translation>
    </message>
    <message>
        <source>{widths} from the centre line</source>
        <translation>à {widths} de la ligne médiane</translation>
    </message>
    <message>
        <source>level with {landmark}</source>
        <translation>à la même hauteur que {landmark}</translation>
    </message>
    <message>
        <source>just below {landmark}</source>
        <translation>juste plus bas que {landmark}</translation>
    </message>
    <message>
        <source>just above {landmark}</source>
        <translation>juste plus haut que {landmark}</translation>
    </message>
    <message>
        <source>between {upper} and {lower}</source>
        <comment>two landmarks, the upper one first</comment>
        <translation>entre {upper} et {lower}</translation>
    </message>
    <message>
        <source>below {landmark}</source>
        <translation>plus bas que {landmark}</translation>
    </message>
    <message>
        <source>above {landmark}</source>
        <translation>plus haut que {landmark}</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>hors du corps</translation>
    </message>
    <message>
        <source>on the {part}</source>
        <comment>a part of a limb, named with its side</comment>
        <translation>{part}</translation>
    </message>
    <message>
        <source>across the middle of the {region}</source>
        <translation>{region}, en travers du milieu</translation>
    </message>
    <message>
        <source>in the middle of the {region}</source>
        <translation>{region}, au milieu</translation>
    </message>
    <message>
        <source>on the left side of the {region}</source>
        <translation>{region}, côté gauche</translation>
    </message>
    <message>
        <source>on the right side of the {region}</source>
        <translation>{region}, côté droit</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the pieces of a description</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{where}; it reaches from the {top} down to the {bottom}</source>
        <translation>{where}&#xa0;; s&apos;étend de «&#xa0;{top}&#xa0;» jusqu&apos;à «&#xa0;{bottom}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <source>Safety &amp;Colours</source>
        <translation>&amp;Couleurs de sécurité</translation>
    </message>
    <message>
        <source>Fill zones by safety level (patterns stay on, so the map reads in black and white)</source>
        <translation>Remplir les zones selon leur niveau de sécurité (les motifs restent, la carte se lit donc en noir et blanc)</translation>
    </message>
    <message>
        <source>Zone &amp;Labels</source>
        <translation>&amp;Noms des zones</translation>
    </message>
    <message>
        <source>Write each zone&apos;s name on the map</source>
        <translation>Écrire le nom de chaque zone sur la carte</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>Repères &amp;osseux</translation>
    </message>
    <message>
        <source>Show the bony landmarks the zones are drawn from</source>
        <translation>Afficher les repères osseux à partir desquels les zones sont tracées</translation>
    </message>
    <message>
        <source>&amp;Guide Lines</source>
        <translation>&amp;Lignes guides</translation>
    </message>
    <message>
        <source>Dashed lines to follow with the fingers, such as the ridge that runs out from the skull&apos;s base to the point of the shoulder</source>
        <translation>Lignes pointillées à suivre avec les doigts, comme la crête allant de la base du crâne à la pointe de l&apos;épaule</translation>
    </message>
    <message>
        <source>&amp;Pressure Points</source>
        <translation>&amp;Points de pression</translation>
    </message>
    <message>
        <source>The point between spine and shoulder blade that takes firm, slow thumb pressure</source>
        <translation>Le point entre la colonne et l&apos;omoplate qui accepte une pression du pouce ferme et lente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vue de &amp;dos</translation>
    </message>
    <message>
        <source>Show the body seen from the back</source>
        <translation>Afficher le corps vu de dos</translation>
    </message>
    <message>
        <source>{title}: seen from the back.</source>
        <translation>{title}&#xa0;: vu de dos.</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>Vue de dos</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>Vue de &amp;face</translation>
    </message>
    <message>
        <source>Show the body seen from the front</source>
        <translation>Afficher le corps vu de face</translation>
    </message>
    <message>
        <source>{title}: seen from the front.</source>
        <translation>{title}&#xa0;: vu de face.</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Vue de face</translation>
    </message>
    <message>
        <source>&amp;{view}</source>
        <comment>a view&apos;s menu entry, named from its id</comment>
        <translation>&amp;{view}</translation>
    </message>
    <message>
        <source>Show the body seen from the {view}</source>
        <comment>a view named from its id</comment>
        <translation>Afficher le corps dans la vue {view}</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named from its id</comment>
        <translation>Vue {view}</translation>
    </message>
    <message>
        <source>Restart Massage Trainer?</source>
        <translation>Redémarrer Massage Trainer&#x202f;?</translation>
    </message>
    <message>
        <source>Massage Trainer shows the language you chose once it starts again. Restart now? Your settings and progress are saved first.</source>
        <translation>Massage Trainer affichera la langue choisie dès son prochain démarrage. Redémarrer maintenant&#x202f;? Vos réglages et votre progression sont d&apos;abord enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Zone &amp;Info</source>
        <comment>the side tab</comment>
        <translation>&amp;Infos zone</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <comment>the side tab</comment>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <comment>the system&apos;s language</comment>
        <translation>Langue du &amp;système ({language})</translation>
    </message>
    <message>
        <source>The new language shows the next time Massage Trainer starts.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de Massage Trainer.</translation>
    </message>
    <message>
        <source>Massage Trainer could not start again: the new language shows the next time you start it.</source>
        <translation>Massage Trainer n&apos;a pas pu redémarrer&#xa0;: la nouvelle langue s&apos;affichera la prochaine fois que vous le lancerez.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Zone Set…</source>
        <translation>&amp;Ouvrir un jeu de zones…</translation>
    </message>
    <message>
        <source>Load another zone file</source>
        <translation>Charger un autre fichier de zones</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Views</source>
        <translation>Ouvrir les vues &amp;fournies</translation>
    </message>
    <message>
        <source>Go back to the built-in views of the body</source>
        <translation>Revenir aux vues du corps fournies</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>the toolbar&apos;s name</comment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Turn the Body Over</source>
        <translation>&amp;Retourner le corps</translation>
    </message>
    <message>
        <source>Show the next view of the body (back, front, ...)</source>
        <translation>Afficher la vue suivante du corps (dos, face…)</translation>
    </message>
    <message>
        <source>Anatomy La&amp;yers</source>
        <translation>Couches &amp;anatomiques</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in (or use the mouse wheel, or pinch)</source>
        <translation>Zoom avant (ou utilisez la molette, ou pincez)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoo&amp;m arrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <comment>tip</comment>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Fit Body to Window</source>
        <translation>A&amp;juster le corps à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Afficher tout le corps</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pl&amp;ein écran</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <comment>the menu</comment>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>&amp;Next Zone</source>
        <translation>Zone &amp;suivante</translation>
    </message>
    <message>
        <source>Move to the next zone, head to feet</source>
        <translation>Aller à la zone suivante, de la tête aux pieds</translation>
    </message>
    <message>
        <source>&amp;Previous Zone</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>Move to the previous zone</source>
        <translation>Aller à la zone précédente</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>&amp;Rules and When Not to Massage</source>
        <translation>&amp;Règles et quand ne pas masser</translation>
    </message>
    <message>
        <source>The general rules, the reasons not to massage, and the order of a session</source>
        <translation>Les règles générales, les raisons de ne pas masser et l&apos;ordre d&apos;une séance</translation>
    </message>
    <message>
        <source>Next &amp;Area of the Window</source>
        <translation>Partie s&amp;uivante de la fenêtre</translation>
    </message>
    <message>
        <source>Move the focus to the map, the side panel or the tabs</source>
        <translation>Déplacer le focus vers la carte, le panneau latéral ou les onglets</translation>
    </message>
    <message>
        <source>Previous Area of the &amp;Window</source>
        <translation>Partie pré&amp;cédente de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Show &amp;Welcome</source>
        <translation>Afficher la &amp;bienvenue</translation>
    </message>
    <message>
        <source>The three things to do first</source>
        <translation>Les trois premières choses à faire</translation>
    </message>
    <message>
        <source>&amp;About Massage Trainer</source>
        <translation>À &amp;propos de Massage Trainer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open E&amp;xam…</source>
        <translation>Ouvrir un e&amp;xamen…</translation>
    </message>
    <message>
        <source>Sit an exam file from your instructor</source>
        <translation>Passer un examen fourni par votre formateur</translation>
    </message>
    <message>
        <source>Open Class &amp;Results…</source>
        <translation>Ouvrir les &amp;résultats de la classe…</translation>
    </message>
    <message>
        <source>See how a class did: results files of one exam, or a folder of them</source>
        <translation>Voir les résultats d&apos;une classe&#xa0;: les fichiers de résultats d&apos;un examen, ou un dossier qui les contient</translation>
    </message>
    <message>
        <source>Export &amp;Anki Deck…</source>
        <translation>Exporter le paquet &amp;Anki…</translation>
    </message>
    <message>
        <source>Save the zones of every view as an Anki deck, to learn them on a phone</source>
        <translation>Enregistrer les zones de toutes les vues dans un paquet Anki, pour les apprendre sur un téléphone</translation>
    </message>
    <message numerus="yes">
        <source>Draw the {layer:lower} that lie under the skin (%n in this view)</source>
        <translation>
            <numerusform>Dessiner sous la peau&#xa0;: {layer:lower} (%n dans cette vue)</numerusform>
            <numerusform>Dessiner sous la peau&#xa0;: {layer:lower} (%n dans cette vue)</numerusform>
        </translation>
    </message>
    <message>
        <source>The map keeps its quiz look until the quiz ends or you leave the Quiz tab.</source>
        <translation>La carte garde son aspect de quiz jusqu&apos;à la fin du quiz ou jusqu&apos;à ce que vous quittiez l&apos;onglet Quiz.</translation>
    </message>
    <message>
        <source>{title} ({view})</source>
        <comment>a zone set and its view</comment>
        <translation>{title} ({view})</translation>
    </message>
    <message>
        <source>{title} – Massage Trainer</source>
        <comment>the window</comment>
        <translation>{title} – Massage Trainer</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n zone(s). Hover to see names; click to learn more.</source>
        <translation>
            <numerusform>{title}&#xa0;: %n zone. Survolez pour voir les noms&#x202f;; cliquez pour en savoir plus.</numerusform>
            <numerusform>{title}&#xa0;: %n zones. Survolez pour voir les noms&#x202f;; cliquez pour en savoir plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the view</source>
        <translation>Impossible d&apos;afficher la vue</translation>
    </message>
    <message>
        <source>{title}: seen from the {view}.</source>
        <comment>a view named from its id</comment>
        <translation>{title}&#xa0;: vue {view}.</translation>
    </message>
    <message numerus="yes">
        <source>The {view:lower} ({file}) has %n problem(s), so the current view stays. Fix these and try again:</source>
        <translation>
            <numerusform>La {view:lower} ({file}) présente %n problème, la vue actuelle reste donc affichée. Corrigez-le et réessayez&#xa0;:</numerusform>
            <numerusform>La {view:lower} ({file}) présente %n problèmes, la vue actuelle reste donc affichée. Corrigez-les et réessayez&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>Impossible d&apos;ouvrir le jeu de zones</translation>
    </message>
    <message>
        <source>The current zone set stays open.</source>
        <translation>Le jeu de zones actuel reste ouvert.</translation>
    </message>
    <message>
        <source>open the file again</source>
        <comment>what to do once the file is fixed</comment>
        <translation>rouvrez le fichier</translation>
    </message>
    <message>
        <source>Selected: {zone} ({side}) – {safety}</source>
        <translation>Sélection&#xa0;: {zone} ({side}) – {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone} – {safety}</source>
        <translation>Sélection&#xa0;: {zone} – {safety}</translation>
    </message>
    <message>
        <source>That click was beside the body. Click inside the outline to pick a zone.</source>
        <translation>Ce clic était à côté du corps. Cliquez à l&apos;intérieur du contour pour choisir une zone.</translation>
    </message>
</context>
</TS>
