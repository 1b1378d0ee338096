<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutText</name>
    <message>
        <source>The Qt Company and contributors</source>
        <translation>The Qt Company und Mitwirkende</translation>
    </message>
    <message>
        <source>Sean Gillies and contributors</source>
        <translation>Sean Gillies und Mitwirkende</translation>
    </message>
    <message>
        <source>NumPy developers</source>
        <translation>NumPy-Entwickler</translation>
    </message>
    <message>
        <source>Kirill Simonov and Ingy döt Net</source>
        <translation>Kirill Simonov und Ingy döt Net</translation>
    </message>
    <message>
        <source>About Massage Trainer</source>
        <translation>Über Massage Trainer</translation>
    </message>
    <message>
        <source>Learn where to massage on the body, back and front, and where not to.</source>
        <translation>Lerne, wo du am Körper massieren kannst, hinten wie vorne, und wo nicht.</translation>
    </message>
    <message>
        <source>Massage Trainer is free software under the GNU General Public License, version 3 or later. You may share and change it under those terms; it comes with no warranty.</source>
        <translation>Massage Trainer ist freie Software unter der GNU General Public License, Version 3 oder neuer. Du darfst es unter diesen Bedingungen weitergeben und verändern; es kommt ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used as shared libraries under the LGPL-3.0, which lets you replace them with your own build.</source>
        <translation>Qt und PySide6 werden als gemeinsam genutzte Bibliotheken unter der LGPL-3.0 verwendet; du kannst sie also durch eigene Builds ersetzen.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software von Dritten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who made a component</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Welcome to Massage Trainer</source>
        <translation>Willkommen bei Massage Trainer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>heading of the welcome</comment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This map shows the body from behind and from the front (F7 turns it over) in three kinds of zone: &lt;b&gt;target&lt;/b&gt; (work here), &lt;b&gt;caution&lt;/b&gt; (light, broad pressure only) and &lt;b&gt;avoid&lt;/b&gt; (no direct pressure).</source>
        <translation>Diese Karte zeigt den Körper von hinten und von vorne (F7 dreht ihn um), eingeteilt in drei Arten von Bereichen: &lt;b&gt;Ziel&lt;/b&gt; (hier arbeiten), &lt;b&gt;Vorsicht&lt;/b&gt; (nur leichter, flächiger Druck) und &lt;b&gt;Meiden&lt;/b&gt; (kein direkter Druck).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explore:&lt;/b&gt; click any zone to learn what it is, why it is safe or not, and which techniques suit it. The arrow keys walk through every zone.</source>
        <translation>&lt;b&gt;Erkunden:&lt;/b&gt; Klicke auf einen Bereich, um zu erfahren, was er ist, warum er sicher ist oder nicht und welche Techniken zu ihm passen. Mit den Pfeiltasten gehst du alle Bereiche durch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz:&lt;/b&gt; the Quiz menu drills finding zones, naming them and telling safe from unsafe, and keeps track of what you still get wrong.</source>
        <translation>&lt;b&gt;Quiz:&lt;/b&gt; Das Menü Quiz übt das Finden und Benennen von Bereichen und das Unterscheiden von sicher und unsicher, und es merkt sich, was du noch falsch machst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print:&lt;/b&gt; File › Print or Export makes a zone sheet or a worksheet to hand out.</source>
        <translation>&lt;b&gt;Drucken:&lt;/b&gt; Datei › Drucken oder Exportieren erstellt ein Bereichsblatt oder ein Arbeitsblatt zum Austeilen.</translation>
    </message>
    <message>
        <source>&amp;Show this at start</source>
        <translation>Beim &amp;Start anzeigen</translation>
    </message>
    <message>
        <source>&amp;Start exploring</source>
        <translation>&amp;Los geht&apos;s</translation>
    </message>
</context>
<context>
    <name>AnkiExportText</name>
    <message>
        <source>Export Anki Deck</source>
        <translation>Anki-Stapel exportieren</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg);;All files (*)</source>
        <translation>Anki-Stapel (*.apkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Anki Deck Exported</source>
        <translation>Anki-Stapel exportiert</translation>
    </message>
    <message>
        <source>Painting the cards…</source>
        <translation>Karten werden gezeichnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the deck…</source>
        <translation>Stapel wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot export the deck</source>
        <translation>Stapel kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>A view has %n problem(s). No deck was written. Fix the file and export again:</source>
        <translation>
            <numerusform>Eine Ansicht hat %n Problem. Es wurde kein Stapel geschrieben. Behebe es in der Datei und exportiere erneut:</numerusform>
            <numerusform>Eine Ansicht hat %n Probleme. Es wurde kein Stapel geschrieben. Behebe sie in der Datei und exportiere erneut:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Anki export was cancelled; no file was written.</source>
        <translation>Der Anki-Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} konnte nicht geschrieben werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {cards} with {pictures} ({views}). Open it in Anki with File &gt; Import; importing a newer export later updates these cards instead of adding copies.</source>
        <translation>{file} geschrieben: {cards} mit {pictures} ({views}). Öffne die Datei in Anki mit Datei &gt; Importieren; ein späterer, neuerer Export aktualisiert diese Karten, statt Kopien hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bildern</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({cards})</source>
        <translation>{file} geschrieben ({cards})</translation>
    </message>
</context>
<context>
    <name>AppText</name>
    <message>
        <source>massage-trainer: {message}</source>
        <translation>massage-trainer: {message}</translation>
    </message>
    <message>
        <source>open it again with File &gt; Open Zone Set…</source>
        <comment>what to do once the file is fixed</comment>
        <translation>öffne sie erneut über Datei &gt; Bereichsdatei öffnen…</translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>Die Bereichsdatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The zone file</source>
        <translation>Die Bereichsdatei</translation>
    </message>
    <message>
        <source>The built-in back view is open instead.</source>
        <translation>Stattdessen ist die mitgelieferte Rückansicht geöffnet.</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>gib --zones oder --view an, nicht beides</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>es gibt keine Ansicht {view}; die Ansichten sind: {views}</translation>
    </message>
    <message>
        <source>no zone {zone} in this zone set</source>
        <translation>kein Bereich {zone} in dieser Bereichsdatei</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>wrote {file} ({width}x{height})</source>
        <comment>a picture&apos;s size in pixels</comment>
        <translation>{file} geschrieben ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>BodyMapText</name>
    <message>
        <source>Person’s left</source>
        <translation>links (der Person)</translation>
    </message>
    <message>
        <source>Person’s right</source>
        <translation>rechts (der Person)</translation>
    </message>
    <message>
        <source>press firmly and slowly with the thumb, then let go</source>
        <translation>mit dem Daumen fest und langsam drücken, dann loslassen</translation>
    </message>
    <message>
        <source>Trigger-point cluster</source>
        <translation>Triggerpunkt-Gruppe</translation>
    </message>
    <message>
        <source>knots often gather here and send an ache up the neck towards the head; hold steady thumb pressure until it softens</source>
        <translation>hier sammeln sich oft Knoten, die einen Schmerz den Nacken hinauf zum Kopf schicken; halte gleichmäßigen Daumendruck, bis es weicher wird</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>the person&apos;s left</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>the person&apos;s right</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Body map, {view:lower}</source>
        <translation>Körperkarte, {view}</translation>
    </message>
    <message>
        <source>No zone selected. The arrow keys move between zones, Home and End go to the first and last, Enter selects.</source>
        <translation>Kein Bereich ausgewählt. Die Pfeiltasten wechseln zwischen den Bereichen, Pos1 und Ende springen zum ersten und letzten, die Eingabetaste wählt aus.</translation>
    </message>
    <message>
        <source>Selected: {zone}, {side}, {safety}</source>
        <translation>Ausgewählt: {zone}, {side}, {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone}, {safety}</source>
        <translation>Ausgewählt: {zone}, {safety}</translation>
    </message>
    <message>
        <source>Selected.</source>
        <translation>Ausgewählt.</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Druckpunkt</translation>
    </message>
    <message>
        <source>dashed line: follow it with the fingers</source>
        <translation>gestrichelte Linie: folge ihr mit den Fingern</translation>
    </message>
    <message>
        <source>{symbol} ({side}): {description}</source>
        <comment>a symbol on the map</comment>
        <translation>{symbol} ({side}): {description}</translation>
    </message>
    <message>
        <source>{symbol}: {description}</source>
        <comment>a symbol on the map</comment>
        <translation>{symbol}: {description}</translation>
    </message>
    <message>
        <source>Beneath: {structure} ({layer})</source>
        <translation>Darunter: {structure} ({layer})</translation>
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
        <translation>weniger</translation>
    </message>
    <message>
        <source>more</source>
        <comment>the calendar&apos;s key: days with more answers</comment>
        <translation>mehr</translation>
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
        <translation>Für diese Ansicht sind noch keine Antworten erfasst. Jede Antwort in einem Quiz wird hier festgehalten und gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least {least} answers.</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge mit mindestens {least} Antworten.</numerusform>
            <numerusform>Serie: %n Tage in Folge mit mindestens {least} Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} on {days}, {percent} right. {streak}</source>
        <translation>{answers} an {days}, {percent} richtig. {streak}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Antworten am letzten %n Tag.</numerusform>
            <numerusform>Keine Antworten in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last {shown}: {answers} on {days}, {percent} right; most on {day}.</source>
        <translation>In {shown}: {answers} an {days}, {percent} richtig; die meisten am {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the last days shown</comment>
        <translation>
            <numerusform>dem letzten %n Tag</numerusform>
            <numerusform>den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No safety mistakes so far.</source>
        <translation>Bisher keine Sicherheitsfehler.</translation>
    </message>
    <message>
        <source>{mistakes} in all, {recent} of them in the last {days}.</source>
        <translation>{mistakes} insgesamt, davon {recent} in {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n Sicherheitsfehler</numerusform>
            <numerusform>%n Sicherheitsfehler</numerusform>
        </translation>
    </message>
    <message>
        <source>{studied} in all, {full} of them with at least {least} answers.</source>
        <translation>{studied} insgesamt, davon {full} mit mindestens {least} Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%n study day(s)</source>
        <translation>
            <numerusform>%n Lerntag</numerusform>
            <numerusform>%n Lerntage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{asked}: answered with {instead} %n time(s)</source>
        <translation>
            <numerusform>{asked}: %n-mal mit {instead} beantwortet</numerusform>
            <numerusform>{asked}: %n-mal mit {instead} beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>{report}: {view}</source>
        <comment>the report&apos;s title, then the view&apos;s</comment>
        <translation>{report}: {view}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s)</source>
        <translation>
            <numerusform>Antworten pro Tag, letzter %n Tag</numerusform>
            <numerusform>Antworten pro Tag, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {date}. Massage Trainer {version}.</source>
        <translation>Stand: {date}. Massage Trainer {version}.</translation>
    </message>
    <message>
        <source>Bars: answers on the day (left scale). Line: the share right (right scale).</source>
        <translation>Balken: Antworten am Tag (linke Skala). Linie: Anteil richtig (rechte Skala).</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Lerntage</translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Sicherheitsfehler pro Tag, letzter %n Tag</numerusform>
            <numerusform>Sicherheitsfehler pro Tag, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <source>No area asked yet.</source>
        <translation>Noch kein Bereich abgefragt.</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Oft verwechselt</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Noch wurde kein Bereich mit einem anderen verwechselt.</translation>
    </message>
    <message>
        <source>{report} – {view}</source>
        <comment>the report file&apos;s title</comment>
        <translation>{report} – {view}</translation>
    </message>
    <message>
        <source>the report could not be opened for writing</source>
        <translation>der Bericht konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Sicherheitsfehler pro Tag</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ClassSummaryText</name>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>Verfehlt %</translation>
    </message>
    <message>
        <source>Safety mistakes</source>
        <translation>Sicherheitsfehler</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Zeit um</translation>
    </message>
    <message>
        <source>{score} of {planned}</source>
        <translation>{score} von {planned}</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the learner&apos;s time ran out</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>No results file of this exam was counted.</source>
        <translation>Keine Ergebnisdatei dieser Prüfung wurde gezählt.</translation>
    </message>
    <message>
        <source>{learners}, mean score {mean}, {mistakes} in all.</source>
        <translation>{learners}, durchschnittliches Ergebnis {mean}, insgesamt {mistakes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n lernende Person</numerusform>
            <numerusform>%n lernende Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n Sicherheitsfehler</numerusform>
            <numerusform>%n Sicherheitsfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more zone(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… und %n weiterer Bereich: Der CSV-Export listet alle auf.</numerusform>
            <numerusform>… und %n weitere Bereiche: Der CSV-Export listet alle auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more learner(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… und %n weitere lernende Person: Der CSV-Export listet alle auf.</numerusform>
            <numerusform>… und %n weitere lernende Personen: Der CSV-Export listet alle auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… und %n weitere Datei: Der CSV-Export listet alle auf.</numerusform>
            <numerusform>… und %n weitere Dateien: Der CSV-Export listet alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Ergebnisse der Gruppe: {exam}</translation>
    </message>
    <message>
        <source>Printed on {date}.</source>
        <translation>Gedruckt am {date}.</translation>
    </message>
    <message>
        <source>Zones missed, safety mistakes first</source>
        <translation>Verfehlte Bereiche, Sicherheitsfehler zuerst</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Files left out ({count})</source>
        <translation>Nicht gezählte Dateien ({count})</translation>
    </message>
    <message>
        <source>None: every file was counted.</source>
        <translation>Keine: Jede Datei wurde gezählt.</translation>
    </message>
    <message>
        <source>Massage Trainer {version}. Each results file carries a checksum: it catches damaged files and casual edits, not a learner set on forging one.</source>
        <translation>Massage Trainer {version}. Jede Ergebnisdatei trägt eine Prüfsumme: Sie erkennt beschädigte Dateien und beiläufige Änderungen, aber keine gezielte Fälschung.</translation>
    </message>
</context>
<context>
    <name>ClassWindowText</name>
    <message>
        <source>Open Class Results</source>
        <translation>Klassenergebnisse öffnen</translation>
    </message>
    <message>
        <source>Open the results files your learners handed in.</source>
        <translation>Öffne die Ergebnisdateien, die deine Lernenden abgegeben haben.</translation>
    </message>
    <message>
        <source>Choose some files, or a whole folder: every .json file in it is read.</source>
        <translation>Wähle einzelne Dateien oder einen ganzen Ordner: Jede .json-Datei darin wird gelesen.</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose a F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Open Results Files</source>
        <translation>Ergebnisdateien öffnen</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Prüfungsergebnisse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Results</source>
        <translation>Ordner mit Ergebnissen öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print Class Summary: {exam}</source>
        <translation>Klassenübersicht drucken: {exam}</translation>
    </message>
    <message>
        <source>{exam} – class results</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{exam} – Klassenergebnisse</translation>
    </message>
    <message>
        <source>The class summary could not be printed:</source>
        <translation>Die Klassenübersicht konnte nicht gedruckt werden:</translation>
    </message>
    <message>
        <source>Missed by</source>
        <translation>Verfehlt von</translation>
    </message>
    <message>
        <source>Zones, safety mistakes first</source>
        <translation>Bereiche, Sicherheitsfehler zuerst</translation>
    </message>
    <message>
        <source>File</source>
        <comment>a column: the results file</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Ausgelassene Dateien</translation>
    </message>
    <message>
        <source>By &amp;Zone</source>
        <translation>Nach &amp;Bereich</translation>
    </message>
    <message>
        <source>By &amp;Learner</source>
        <translation>Nach &amp;Lernenden</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file</source>
        <translation>Die angezeigte Tabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Übersicht drucken…</translation>
    </message>
    <message>
        <source>A one-page summary, through the print preview</source>
        <translation>Eine einseitige Übersicht, über die Druckvorschau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Left &amp;Out</source>
        <translation>&amp;Ausgelassen</translation>
    </message>
    <message>
        <source>Left &amp;Out ({count})</source>
        <comment>the number of files left out</comment>
        <translation>&amp;Ausgelassen ({count})</translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>Class Results: {exam} – Massage Trainer</source>
        <translation>Klassenergebnisse: {exam} – Massage Trainer</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Klassenergebnisse: {exam}</translation>
    </message>
    <message>
        <source>Every file was counted.</source>
        <translation>Jede Datei wurde gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out: see Left Out.</source>
        <translation>
            <numerusform>%n Datei ausgelassen: siehe Ausgelassen.</numerusform>
            <numerusform>%n Dateien ausgelassen: siehe Ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety mistakes here: answers less careful than the zone needs</source>
        <translation>Sicherheitsfehler hier: Antworten, die weniger vorsichtig sind, als der Bereich verlangt</translation>
    </message>
    <message>
        <source>Export the Learners Table as CSV</source>
        <translation>Tabelle der Lernenden als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the Zones Table as CSV</source>
        <translation>Tabelle der Bereiche als CSV exportieren</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>sie konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation>Nicht gespeichert: {file} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The learners table is saved to {file}.</source>
        <translation>Die Tabelle der Lernenden ist in {file} gespeichert.</translation>
    </message>
    <message>
        <source>The zones table is saved to {file}.</source>
        <translation>Die Tabelle der Bereiche ist in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>{file}: ok: {routines}, {steps}</source>
        <translation>{file}: in Ordnung: {routines}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {techniques} in {families}</source>
        <translation>{file}: in Ordnung: {techniques} in {families}</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n Technik</numerusform>
            <numerusform>%n Techniken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n Familie</numerusform>
            <numerusform>%n Familien</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {rules}, {contraindications}, {steps}</source>
        <translation>{file}: in Ordnung: {rules}, {contraindications}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n Kontraindikation</numerusform>
            <numerusform>%n Kontraindikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session step(s)</source>
        <translation>
            <numerusform>%n Sitzungsschritt</numerusform>
            <numerusform>%n Sitzungsschritte</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {zones}, {landmarks}, body coverage {coverage}</source>
        <translation>{file}: in Ordnung: {zones}, {landmarks}, Körper zu {coverage} abgedeckt</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n landmark(s)</source>
        <translation>
            <numerusform>%n Orientierungspunkt</numerusform>
            <numerusform>%n Orientierungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {views} ({names})</source>
        <translation>{file}: in Ordnung: {views} ({names})</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Ansicht</numerusform>
            <numerusform>%n Ansichten</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): the texts are written in it.</source>
        <translation>{language} ({code}): Die Texte sind in dieser Sprache geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: there is no such file yet: the %n text(s) of {source} are shown in English</source>
        <translation>
            <numerusform>{file}: Diese Datei gibt es noch nicht: Der %n Text aus {source} erscheint auf Englisch</numerusform>
            <numerusform>{file}: Diese Datei gibt es noch nicht: Die %n Texte aus {source} erscheinen auf Englisch</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}: not translated yet (shown in English)</source>
        <translation>{text}: noch nicht übersetzt (erscheint auf Englisch)</translation>
    </message>
    <message>
        <source>interface: {text}: not translated yet (shown in English)</source>
        <translation>Oberfläche: {text}: noch nicht übersetzt (erscheint auf Englisch)</translation>
    </message>
    <message>
        <source>interface: there is no {file} yet: every text of the window is shown in English</source>
        <translation>Oberfläche: {file} gibt es noch nicht: Alle Texte des Fensters erscheinen auf Englisch</translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): there are problems (above to fix); %n text(s) not translated yet.</source>
        <translation>
            <numerusform>{language} ({code}): Es gibt Probleme (oben, bitte beheben); %n Text ist noch nicht übersetzt.</numerusform>
            <numerusform>{language} ({code}): Es gibt Probleme (oben, bitte beheben); %n Texte sind noch nicht übersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): %n text(s) not translated yet, shown in English.</source>
        <translation>
            <numerusform>{language} ({code}): %n Text ist noch nicht übersetzt und erscheint auf Englisch.</numerusform>
            <numerusform>{language} ({code}): %n Texte sind noch nicht übersetzt und erscheinen auf Englisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): every text of the content is translated; the window is not.</source>
        <translation>{language} ({code}): Alle Texte der Inhalte sind übersetzt, das Fenster noch nicht.</translation>
    </message>
    <message>
        <source>{language} ({code}): every text is translated.</source>
        <translation>{language} ({code}): Alle Texte sind übersetzt.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>cannot tell the format of {file}: the name must end in .pdf, .png, .svg or .apkg</source>
        <translation>das Format von {file} ist unklar: Der Name muss auf .pdf, .png, .svg oder .apkg enden</translation>
    </message>
    <message>
        <source>--dpi must be {low} to {high}, not {dpi}</source>
        <translation>--dpi muss zwischen {low} und {high} liegen, nicht {dpi}</translation>
    </message>
    <message>
        <source>a diagram image ({suffix}) shows one view: choose one with --view, or write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)</source>
        <translation>ein Diagrammbild ({suffix}) zeigt eine Ansicht: Wähle eine mit --view, oder schreibe alle Ansichten in ein PDF-Blatt (.pdf) oder einen Anki-Stapel (.apkg)</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}; {views}</source>
        <comment>the views of a sheet</comment>
        <translation>{pages}; {views}</translation>
    </message>
    <message>
        <source>{width}x{height} pixels, {dpi} dpi</source>
        <translation>{width}x{height} Pixel, {dpi} dpi</translation>
    </message>
    <message>
        <source>wrote {file} ({what})</source>
        <translation>{file} geschrieben ({what})</translation>
    </message>
    <message>
        <source>massage-trainer: cannot write {file}: {reason}</source>
        <translation>massage-trainer: {file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>gib --zones oder --view an, nicht beides</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>es gibt keine Ansicht {view}; die Ansichten sind: {views}</translation>
    </message>
    <message>
        <source>the {view} view</source>
        <comment>a view named by its id</comment>
        <translation>die Ansicht {view}</translation>
    </message>
    <message>
        <source>massage-trainer: cannot read the zone set {source}:</source>
        <translation>massage-trainer: {source} kann nicht gelesen werden:</translation>
    </message>
    <message>
        <source>wrote {file} ({notes}, {cards}, {images}; {views})</source>
        <translation>{file} geschrieben ({notes}, {cards}, {images}; {views})</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>Anki notes</comment>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>Anki cards</comment>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentText</name>
    <message>
        <source>light pressure</source>
        <translation>leichter Druck</translation>
    </message>
    <message>
        <source>moderate pressure</source>
        <translation>mittlerer Druck</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>fester Druck</translation>
    </message>
    <message>
        <source>pressure varies</source>
        <translation>wechselnder Druck</translation>
    </message>
    <message>
        <source>No massage</source>
        <translation>Keine Massage</translation>
    </message>
    <message>
        <source>Do not massage at all</source>
        <translation>Gar nicht massieren</translation>
    </message>
    <message>
        <source>Avoid the area</source>
        <translation>Bereich meiden</translation>
    </message>
    <message>
        <source>Keep away from the affected area</source>
        <translation>Den betroffenen Bereich aussparen</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Wait before massaging</source>
        <translation>Mit der Massage warten</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
</context>
<context>
    <name>DeckText</name>
    <message>
        <source>Massage Trainer: zones</source>
        <translation>Massage Trainer: Bereiche</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Darin</translation>
    </message>
    <message>
        <source>Front image</source>
        <translation>Bild Vorderseite</translation>
    </message>
    <message>
        <source>Back image</source>
        <translation>Bild Rückseite</translation>
    </message>
    <message>
        <source>Which zone is under the dark mask?</source>
        <translation>Welcher Bereich liegt unter der dunklen Maske?</translation>
    </message>
    <message>
        <source>Massage Trainer: masked zone</source>
        <translation>Massage Trainer: verdeckter Bereich</translation>
    </message>
    <message>
        <source>What is under the mask?</source>
        <translation>Was liegt unter der Maske?</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <translation>Ziel, Vorsicht oder Meiden?</translation>
    </message>
    <message>
        <source>Massage Trainer: target, caution or avoid</source>
        <translation>Massage Trainer: Ziel, Vorsicht oder Meiden</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <comment>the safety card&apos;s name</comment>
        <translation>Ziel, Vorsicht oder Meiden?</translation>
    </message>
    <message>
        <source>cannot write the card image {name}</source>
        <translation>das Kartenbild {name} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Inside it: {zone} — {level}</source>
        <translation>Darin: {zone} — {level}</translation>
    </message>
    <message>
        <source>Where to work on the body and where not to, from Massage Trainer.</source>
        <translation>Wo am Körper gearbeitet wird und wo nicht – von Massage Trainer.</translation>
    </message>
</context>
<context>
    <name>DialogsText</name>
    <message>
        <source>Fix it and {retry}:</source>
        <comment>one problem</comment>
        <translation>Behebe es und {retry}:</translation>
    </message>
    <message>
        <source>Fix them and {retry}:</source>
        <comment>several problems</comment>
        <translation>Behebe sie und {retry}:</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s). {outcome} {fix}</source>
        <translation>
            <numerusform>{name} hat %n Problem. {outcome} {fix}</numerusform>
            <numerusform>{name} hat %n Probleme. {outcome} {fix}</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Open Zone Set</source>
        <translation>Bereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Zone files (*.yaml *.yml);;All files (*)</source>
        <translation>Bereichsdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ErrorsText</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Massage Trainer ran into an unexpected error. Your work and progress are kept and the program carries on. If this keeps happening, please report it with the details below (Copy details puts them on the clipboard). They are also saved in {file}.</source>
        <translation>Massage Trainer ist auf einen unerwarteten Fehler gestoßen. Deine Arbeit und dein Fortschritt bleiben erhalten, und das Programm läuft weiter. Wenn das öfter passiert, melde es bitte mit den Details unten (Details kopieren legt sie in die Zwischenablage). Sie sind auch in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExamFileText</name>
    <message>
        <source>the folder holds no results files (*.json)</source>
        <translation>der Ordner enthält keine Ergebnisdateien (*.json)</translation>
    </message>
    <message>
        <source>from another exam ({exam}, not {counted}); the exam file differs</source>
        <translation>aus einer anderen Prüfung ({exam}, nicht {counted}); die Prüfungsdatei ist eine andere</translation>
    </message>
    <message>
        <source>a copy of {file}, counted once</source>
        <translation>eine Kopie von {file}, einmal gezählt</translation>
    </message>
    <message>
        <source>the learner&apos;s name is empty; type a name first</source>
        <translation>der Name der lernenden Person ist leer; gib zuerst einen Namen ein</translation>
    </message>
    <message numerus="yes">
        <source>the learner&apos;s name is longer than %n characters</source>
        <translation>
            <numerusform>der Name ist länger als %n Zeichen</numerusform>
            <numerusform>der Name ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is too large to be a results file of this program</source>
        <translation>die Datei ist zu groß für eine Ergebnisdatei dieses Programms</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the file is empty; it was damaged or never finished writing</source>
        <translation>die Datei ist leer; sie wurde beschädigt oder nie fertig geschrieben</translation>
    </message>
    <message>
        <source>damaged: the file is not UTF-8 text</source>
        <translation>beschädigt: die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>damaged: not valid JSON ({error})</source>
        <translation>beschädigt: kein gültiges JSON ({error})</translation>
    </message>
    <message>
        <source>not a results file of this program</source>
        <translation>keine Ergebnisdatei dieses Programms</translation>
    </message>
    <message>
        <source>results format {format} is not supported; this program reads format {supported} (update the program)</source>
        <translation>das Ergebnisformat {format} wird nicht unterstützt; dieses Programm liest Format {supported} (aktualisiere das Programm)</translation>
    </message>
    <message>
        <source>the file has no checksum, so it cannot be trusted</source>
        <translation>die Datei hat keine Prüfsumme, daher ist ihr nicht zu trauen</translation>
    </message>
    <message>
        <source>edited or damaged: the checksum does not match what the file holds</source>
        <translation>bearbeitet oder beschädigt: die Prüfsumme passt nicht zum Inhalt der Datei</translation>
    </message>
    <message>
        <source>{key} does not agree with the answers it lists</source>
        <translation>{key} passt nicht zu den aufgeführten Antworten</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <comment>a results file: what is wrong with it</comment>
        <translation>beschädigt: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a number a results file holds</source>
        <translation>{value} ist keine Zahl, die in einer Ergebnisdatei stehen kann</translation>
    </message>
    <message>
        <source>the key {key} is missing</source>
        <translation>der Schlüssel {key} fehlt</translation>
    </message>
    <message>
        <source>{key} holds {value}</source>
        <translation>{key} enthält {value}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>unbekannter Schlüssel {key}</translation>
    </message>
    <message>
        <source>answer {number} does not have the keys of an answer</source>
        <translation>Antwort {number} hat nicht die Schlüssel einer Antwort</translation>
    </message>
    <message>
        <source>answer {number}: {key} holds {value}</source>
        <translation>Antwort {number}: {key} enthält {value}</translation>
    </message>
    <message>
        <source>answer {number}: &apos;given&apos; must list texts</source>
        <translation>Antwort {number}: &apos;given&apos; muss Texte auflisten</translation>
    </message>
    <message>
        <source>more answers than planned questions</source>
        <translation>mehr Antworten als geplante Fragen</translation>
    </message>
</context>
<context>
    <name>ExamWindowText</name>
    <message>
        <source>Open Exam</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <source>Exam files (*.yaml *.yml);;All files (*)</source>
        <translation>Prüfungsdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Exam Results</source>
        <translation>Prüfungsergebnisse speichern</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Prüfungsergebnisse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>End the Exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message numerus="yes">
        <source>End the exam now? %n unanswered question(s) will count as not answered. You can save your results next.</source>
        <translation>
            <numerusform>Die Prüfung jetzt beenden? %n offene Frage zählt als nicht beantwortet. Danach kannst du deine Ergebnisse speichern.</numerusform>
            <numerusform>Die Prüfung jetzt beenden? %n offene Fragen zählen als nicht beantwortet. Danach kannst du deine Ergebnisse speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results Not Saved</source>
        <translation>Ergebnisse nicht gespeichert</translation>
    </message>
    <message>
        <source>Your exam results are not saved yet.</source>
        <translation>Deine Prüfungsergebnisse sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>If you close now, your answers are lost and you would have to sit the exam again.</source>
        <translation>Wenn du jetzt schließt, gehen deine Antworten verloren und du müsstest die Prüfung noch einmal ablegen.</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>Ergebnisse &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Discard Results</source>
        <translation>Ergebnisse &amp;verwerfen</translation>
    </message>
    <message>
        <source>The results could not be written to {file}: {reason}.

Your answers are kept. Choose another folder with Save Results…</source>
        <translation>Die Ergebnisse konnten nicht in {file} geschrieben werden: {reason}.

Deine Antworten bleiben erhalten. Wähle mit Ergebnisse speichern… einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Click it on the map: your first click on the body is your answer. Keyboard: the arrow keys move between areas, Enter answers.</source>
        <translation>Klicke auf der Karte darauf: Dein erster Klick auf den Körper ist deine Antwort. Tastatur: Die Pfeiltasten wechseln zwischen den Bereichen, Enter antwortet.</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named by its id</comment>
        <translation>Ansicht {view}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>the last two of a list</comment>
        <translation>{first} und {last}</translation>
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
            <numerusform>%n Frage zur {view} ({kinds}).</numerusform>
            <numerusform>%n Fragen zur {view} ({kinds}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on {views} ({kinds}).</source>
        <translation>
            <numerusform>%n Frage zu {views} ({kinds}).</numerusform>
            <numerusform>%n Fragen zu {views} ({kinds}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the {view:lower}</source>
        <comment>a view in a list</comment>
        <translation>der {view}</translation>
    </message>
    <message>
        <source>There is no time limit.</source>
        <translation>Es gibt kein Zeitlimit.</translation>
    </message>
    <message>
        <source>You have {time} for the whole exam.</source>
        <translation>Du hast {time} für die ganze Prüfung.</translation>
    </message>
    <message>
        <source>You will see which answers were right only at the end; in Find it each question takes one click.</source>
        <translation>Welche Antworten richtig waren, siehst du erst am Ende; beim Finden auf der Karte zählt pro Frage nur ein Klick.</translation>
    </message>
    <message>
        <source>After each answer you see whether it was right.</source>
        <translation>Nach jeder Antwort siehst du, ob sie richtig war.</translation>
    </message>
    <message>
        <source>Your answers here do not change your own practice progress.</source>
        <translation>Deine Antworten hier ändern deinen eigenen Übungsfortschritt nicht.</translation>
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
        <translation>{answer}: richtig.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the tries of one answer</comment>
        <translation>, dann </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>{answer}: you said {said}; the answer is {right}.</source>
        <translation>{answer}: Du hast {said} gesagt; richtig ist {right}.</translation>
    </message>
    <message>
        <source>Safety mistake: less careful than this spot needs.</source>
        <translation>Sicherheitsfehler: weniger vorsichtig, als diese Stelle verlangt.</translation>
    </message>
    <message>
        <source>Score {score} of {planned} ({answered} answered), in {time}.</source>
        <translation>Punkte: {score} von {planned} ({answered} beantwortet), in {time}.</translation>
    </message>
    <message>
        <source>Score {score} of {planned}, in {time}.</source>
        <translation>Punkte: {score} von {planned}, in {time}.</translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Die Zeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>Exam: {title} – Massage Trainer</source>
        <translation>Prüfung: {title} – Massage Trainer</translation>
    </message>
    <message>
        <source>&amp;End Exam</source>
        <translation>Prüfung be&amp;enden</translation>
    </message>
    <message>
        <source>End the exam now and save the results</source>
        <translation>Die Prüfung jetzt beenden und die Ergebnisse speichern</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>Type your name: it goes into the results file you hand in.</source>
        <translation>Gib deinen Namen ein: Er steht in der Ergebnisdatei, die du abgibst.</translation>
    </message>
    <message>
        <source>&amp;Start the Exam</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation>Die Prüfung ist vorbei</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Question {number} of {planned}</source>
        <translation>Frage {number} von {planned}</translation>
    </message>
    <message>
        <source>Question {number} of {planned} · Score {score}</source>
        <translation>Frage {number} von {planned} · Punkte {score}</translation>
    </message>
    <message>
        <source>Answer kept.</source>
        <translation>Antwort notiert.</translation>
    </message>
    <message>
        <source>See the &amp;Results</source>
        <translation>&amp;Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <comment>button: the next question</comment>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Your results are not saved yet.</source>
        <translation>Deine Ergebnisse sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your results are not saved yet. Save them with Save Results… before you close this window.</source>
        <translation>Deine Ergebnisse sind noch nicht gespeichert. Speichere sie mit Ergebnisse speichern…, bevor du dieses Fenster schließt.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}). Your answers are kept: try again with Save Results…</source>
        <translation>Nicht gespeichert: {file} konnte nicht geschrieben werden ({reason}). Deine Antworten bleiben erhalten: Versuche es erneut mit Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>Results saved to {file}. Hand this file in.</source>
        <translation>Ergebnisse in {file} gespeichert. Gib diese Datei ab.</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>time taken so far</comment>
        <translation>Zeit {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Restzeit {time}</translation>
    </message>
    <message>
        <source>Cannot open the exam</source>
        <translation>Die Prüfung lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>No exam was started.</source>
        <translation>Es wurde keine Prüfung gestartet.</translation>
    </message>
    <message>
        <source>open it again</source>
        <comment>what to do once the exam file is fixed</comment>
        <translation>öffne sie erneut</translation>
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
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>the output could not be opened for painting</source>
        <translation>die Ausgabe konnte nicht zum Zeichnen geöffnet werden</translation>
    </message>
    <message>
        <source>{views} – {what}</source>
        <comment>a PDF&apos;s title: the views, the kind</comment>
        <translation>{views} – {what}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{view} – zone diagram</source>
        <translation>{view} – Bereichsdiagramm</translation>
    </message>
    <message>
        <source>the SVG file could not be opened</source>
        <translation>die SVG-Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>PDF zone sheet (for printing)</source>
        <translation>PDF-Bereichsblatt (zum Drucken)</translation>
    </message>
    <message>
        <source>PNG picture of the diagram</source>
        <translation>PNG-Bild des Diagramms</translation>
    </message>
    <message>
        <source>SVG drawing of the diagram</source>
        <translation>SVG-Zeichnung des Diagramms</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export Zone Sheet</source>
        <translation>Bereichsblatt exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>File</source>
        <comment>the file to write</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Worksheet: numbered diagram without colours, lines to write on, and an answer key</source>
        <translation>&amp;Arbeitsblatt: nummeriertes Diagramm ohne Farben, Schreiblinien und ein Lösungsschlüssel</translation>
    </message>
    <message>
        <source> dpi</source>
        <comment>after a resolution</comment>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <comment>button</comment>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Print Worksheet</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <source>Print Zone Sheet</source>
        <translation>Bereichsblatt drucken</translation>
    </message>
    <message>
        <source>Massage Trainer zone sheet</source>
        <comment>the printed document&apos;s name</comment>
        <translation>Massage Trainer – Bereichsblatt</translation>
    </message>
    <message>
        <source>The worksheet could not be printed:</source>
        <translation>Das Arbeitsblatt konnte nicht gedruckt werden:</translation>
    </message>
    <message>
        <source>The sheet could not be printed:</source>
        <translation>Das Blatt konnte nicht gedruckt werden:</translation>
    </message>
    <message>
        <source>Print Routine Card: {routine}</source>
        <translation>Ablaufkarte drucken: {routine}</translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{routine} – Ablaufkarte</translation>
    </message>
    <message>
        <source>The routine card could not be printed:</source>
        <translation>Die Ablaufkarte konnte nicht gedruckt werden:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>File menu</comment>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the zone sheet as PDF, or the diagram as PNG or SVG</source>
        <translation>Das Bereichsblatt als PDF oder das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <comment>File menu</comment>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Preview and print the zone sheet</source>
        <translation>Das Bereichsblatt in der Vorschau ansehen und drucken</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <comment>File menu</comment>
        <translation>&amp;Arbeitsblatt drucken…</translation>
    </message>
    <message>
        <source>Preview and print a quiz worksheet with its answer key</source>
        <translation>Ein Quiz-Arbeitsblatt mit Lösungsschlüssel in der Vorschau ansehen und drucken</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} konnte nicht geschrieben werden:</translation>
    </message>
    <message>
        <source>Wrote {file} ({what})</source>
        <translation>{file} geschrieben ({what})</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} Pixel</translation>
    </message>
    <message>
        <source>the name must end in .pdf, .png or .svg</source>
        <translation>der Name muss auf .pdf, .png oder .svg enden</translation>
    </message>
</context>
<context>
    <name>InfoPanelText</name>
    <message>
        <source>Left side</source>
        <comment>the person&apos;s left, on a line of its own</comment>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>the person&apos;s right, on a line of its own</comment>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Achte darauf:</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Was darunter liegt</translation>
    </message>
    <message>
        <source>None of the bones, organs, nerves or muscles drawn in the layers lies under this zone.</source>
        <translation>Keiner der in den Schichten gezeichneten Knochen, Organe, Nerven oder Muskeln liegt unter diesem Bereich.</translation>
    </message>
    <message>
        <source>{name} ({side})</source>
        <comment>a structure and its side</comment>
        <translation>{name} ({side})</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <comment>a structure and what it is</comment>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <source>Zone information</source>
        <translation>Bereichsinfo</translation>
    </message>
    <message>
        <source>Click a zone on the body to learn what it is, how safe it is to work there, and which techniques suit it. On the map, Up and Down walk the zones from head to feet, Left and Right go sideways; Enter selects. Tab goes on to this panel, F6 between the map, the panel and the tabs.</source>
        <translation>Klicke auf einen Bereich des Körpers, um zu erfahren, was er ist, wie sicher du dort arbeiten kannst und welche Techniken zu ihm passen. Auf der Karte gehen Pfeil hoch und runter die Bereiche vom Kopf bis zu den Füßen durch, Pfeil links und rechts zur Seite; Enter wählt aus. Tab springt in diese Leiste, F6 wechselt zwischen Karte, Leiste und Reitern.</translation>
    </message>
    <message>
        <source>Every part of the body on the map is one of three kinds:</source>
        <translation>Jede Stelle des Körpers auf der Karte gehört zu einer von drei Arten:</translation>
    </message>
    <message>
        <source>Pick a zone</source>
        <translation>Wähle einen Bereich</translation>
    </message>
    <message>
        <source>Zone information: no zone selected</source>
        <translation>Bereichsinfo: kein Bereich ausgewählt</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <source>Zone information: {zone}, {side}. {safety}.</source>
        <translation>Bereichsinfo: {zone}, {side}. {safety}.</translation>
    </message>
    <message>
        <source>Zone information: {zone}. {safety}.</source>
        <translation>Bereichsinfo: {zone}. {safety}.</translation>
    </message>
    <message>
        <source>{zone}, {safety}</source>
        <comment>a zone and its safety level</comment>
        <translation>{zone}, {safety}</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>heading: why a zone is safe or not</comment>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Techniques that suit it</source>
        <translation>Passende Techniken</translation>
    </message>
    <message>
        <source>No technique is worked directly here. Work the areas around it instead.</source>
        <translation>Hier wird keine Technik direkt angewandt. Arbeite stattdessen an den Bereichen drumherum.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Wann du nicht massieren solltest</translation>
    </message>
    <message>
        <source>Do not start, or leave an area alone, when any of these applies:</source>
        <translation>Fang nicht an oder lass eine Stelle aus, wenn eines davon zutrifft:</translation>
    </message>
    <message>
        <source>Rules of a good session</source>
        <translation>Regeln für eine gute Sitzung</translation>
    </message>
    <message>
        <source>A full session, in order</source>
        <translation>Eine ganze Sitzung, der Reihe nach</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <comment>a step of a session</comment>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>upper trapezius ridge</source>
        <translation>Kante des oberen Trapezmuskels</translation>
    </message>
    <message>
        <source>collarbone</source>
        <translation>Schlüsselbein</translation>
    </message>
    <message>
        <source>groin fold</source>
        <translation>Leistenfalte</translation>
    </message>
    <message>
        <source>dashed lines to follow with the fingers</source>
        <translation>gestrichelte Linien, denen die Finger folgen</translation>
    </message>
    <message>
        <source>dashed: the {line}</source>
        <translation>gestrichelt: {line}</translation>
    </message>
    <message>
        <source>{lines} and the {line}</source>
        <comment>one more line named in the key</comment>
        <translation>{lines} und {line}</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Druckpunkt</translation>
    </message>
    <message>
        <source>a spot for firm, slow thumb pressure</source>
        <translation>eine Stelle für kräftigen, langsamen Daumendruck</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>where knots cluster; steady thumb pressure eases them</source>
        <translation>wo sich Verhärtungen häufen; gleichmäßiger Daumendruck löst sie</translation>
    </message>
    <message>
        <source>Guide line</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Each level has its own colour and pattern, so the map also reads in black and white.</source>
        <translation>Jede Stufe hat ihre eigene Farbe und ihr eigenes Muster, so ist die Karte auch in Schwarz-Weiß lesbar.</translation>
    </message>
    <message>
        <source>{word}: {description}</source>
        <comment>a row of the map&apos;s key</comment>
        <translation>{word}: {description}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the rows of the map&apos;s key read out</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>LayerKeyText</name>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>pale shape: bone close under the skin or deeper</source>
        <translation>blasse Fläche: Knochen dicht unter der Haut oder tiefer</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>violet tint: an organ lying deep inside</source>
        <translation>violetter Ton: ein tief innen liegendes Organ</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nerv</translation>
    </message>
    <message>
        <source>yellow line: a nerve on its course</source>
        <translation>gelbe Linie: ein Nerv in seinem Verlauf</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>Arterie</translation>
    </message>
    <message>
        <source>red line: a large blood vessel</source>
        <translation>rote Linie: ein großes Blutgefäß</translation>
    </message>
    <message>
        <source>Artery and nerves</source>
        <translation>Arterie und Nerven</translation>
    </message>
    <message>
        <source>red and yellow line: running together</source>
        <translation>rot-gelbe Linie: gemeinsam verlaufend</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>dashed outline: the edge of a muscle</source>
        <translation>gestrichelte Kontur: der Rand eines Muskels</translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation>Sehne</translation>
    </message>
    <message>
        <source>dotted outline: a tendon</source>
        <translation>gepunktete Kontur: eine Sehne</translation>
    </message>
</context>
<context>
    <name>ProgressFileText</name>
    <message>
        <source>Your answer history could not be opened ({error}).</source>
        <translation>Dein Antwortverlauf konnte nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>it was written by a newer version (schema {schema})</source>
        <extracomment>The largest progress file read (a few thousand items take a megabyte or two). Counts above this are not a learner&apos;s: the item is left out. Times outside 1970 to the year 3000 are not a learner&apos;s either. FSRS keeps stability (days) and difficulty within these; values outside are brought back into range.</extracomment>
        <translation>von einer neueren Version geschrieben (Schema {schema})</translation>
    </message>
    <message>
        <source>it could not be switched to write-ahead logging</source>
        <translation>Write-Ahead-Logging ließ sich nicht einschalten</translation>
    </message>
    <message>
        <source>it is not a database this version can read ({error})</source>
        <translation>keine Datenbank, die diese Version lesen kann ({error})</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}). It was kept as {file} and a new one was started.</source>
        <translation>Dein Antwortverlauf konnte nicht gelesen werden ({reason}). Er wurde als {file} aufbewahrt, und ein neuer wurde begonnen.</translation>
    </message>
    <message>
        <source>An answer could not be saved to your history ({error}); it is kept until it can be.</source>
        <translation>Eine Antwort konnte nicht in deinem Verlauf gespeichert werden ({error}); sie wird aufbewahrt, bis es gelingt.</translation>
    </message>
    <message>
        <source>SQLite found it damaged ({error})</source>
        <translation>SQLite meldet eine Beschädigung ({error})</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>1 item of your saved progress could not be read and was left out ({problem}).</source>
        <translation>1 Eintrag deines gespeicherten Fortschritts konnte nicht gelesen werden und wurde ausgelassen ({problem}).</translation>
    </message>
    <message numerus="yes">
        <source>%n items of your saved progress could not be read and were left out ({problem}; and more).</source>
        <comment>two or more items</comment>
        <translation>
            <numerusform>%n Eintrag deines gespeicherten Fortschritts konnte nicht gelesen werden und wurde ausgelassen ({problem}; und weitere).</numerusform>
            <numerusform>%n Einträge deines gespeicherten Fortschritts konnten nicht gelesen werden und wurden ausgelassen ({problem}; und weitere).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as it was is kept as {file}.</source>
        <translation>Die Datei im alten Zustand ist als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The rest is kept.</source>
        <translation>Der Rest bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your progress was updated to the new format but could not be saved ({error}); the old file is unchanged.</source>
        <translation>Dein Fortschritt wurde ins neue Format übertragen, konnte aber nicht gespeichert werden ({error}); die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}) nor moved aside ({error}); starting afresh. Saving will replace it.</source>
        <translation>Dein gespeicherter Fortschritt konnte weder gelesen ({reason}) noch beiseitegelegt werden ({error}); es geht von vorn los. Beim Speichern wird er ersetzt.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}). It was kept as {file} and a fresh record was started.</source>
        <translation>Dein gespeicherter Fortschritt konnte nicht gelesen werden ({reason}). Er wurde als {file} aufbewahrt, und ein neuer Stand wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>ProgressTabText</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>1. Versuch</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Fach</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>The area of the body</source>
        <translation>Der Bereich des Körpers</translation>
    </message>
    <message>
        <source>The quiz mode</source>
        <translation>Der Quiz-Modus</translation>
    </message>
    <message>
        <source>How often it was asked</source>
        <translation>Wie oft er gefragt wurde</translation>
    </message>
    <message>
        <source>How often it was right at the first try</source>
        <translation>Wie oft er beim ersten Versuch richtig war</translation>
    </message>
    <message>
        <source>Box 1 is still being missed; box 5 is known for weeks</source>
        <translation>Fach 1 wird noch oft verfehlt; Fach 5 sitzt seit Wochen</translation>
    </message>
    <message>
        <source>When it is due for practice again</source>
        <translation>Wann er wieder zum Üben fällig ist</translation>
    </message>
    <message>
        <source>{mode}, left or right</source>
        <translation>{mode}, links oder rechts</translation>
    </message>
    <message>
        <source>{mode}, typed</source>
        <translation>{mode}, getippt</translation>
    </message>
    <message>
        <source>now</source>
        <comment>due</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>today</source>
        <comment>due</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>due</comment>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due</comment>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours on this tab show how well you know an area, not how safe it is</source>
        <translation>Die Farben auf diesem Tab zeigen, wie gut du einen Bereich kennst, nicht wie sicher er ist</translation>
    </message>
    <message>
        <source>Mastery colours, all one purple: never asked is near white; box 1, still being missed, is the palest purple; each box up is darker, to box 5, known for weeks. They are not the safety colours.</source>
        <translation>Lernstandsfarben, alle in einem Lila: Nie gefragt ist fast weiß; Fach 1, noch oft verfehlt, ist das hellste Lila; jedes Fach darüber ist dunkler, bis Fach 5, seit Wochen gewusst. Es sind nicht die Sicherheitsfarben.</translation>
    </message>
    <message>
        <source>Mastery colours</source>
        <translation>Lernstandsfarben</translation>
    </message>
    <message>
        <source>new</source>
        <comment>never asked</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>box {number}</source>
        <comment>a Leitner box</comment>
        <translation>Fach {number}</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Mode shown</source>
        <translation>Angezeigter Modus</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Alle Modi</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Auf der &amp;Karte zeigen</translation>
    </message>
    <message>
        <source>Colour each area of the body map by how well you know it</source>
        <translation>Jeden Bereich der Körperkarte danach färben, wie gut du ihn kennst</translation>
    </message>
    <message>
        <source>Mode sho&amp;wn:</source>
        <translation>Angezeigter &amp;Modus:</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Fortschritt pro Bereich</translation>
    </message>
    <message>
        <source>No progress yet. Start a quiz (Ctrl+R) or a practice round (Ctrl+Shift+R); every answer is remembered here.</source>
        <translation>Noch kein Fortschritt. Starte ein Quiz (Strg+R) oder eine Übungsrunde (Strg+Umschalt+R); jede Antwort wird hier festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Den ganzen gespeicherten Fortschritt vergessen (fragt vorher)</translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: {practised} von %n Bereich geübt. Fach 1 wird noch oft verfehlt; Fach 5 sitzt seit Wochen.</numerusform>
            <numerusform>{view}: {practised} von %n Bereichen geübt. Fach 1 wird noch oft verfehlt; Fach 5 sitzt seit Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: {practised} von %n Bereich geübt in „{mode}“. Fach 1 wird noch oft verfehlt; Fach 5 sitzt seit Wochen.</numerusform>
            <numerusform>{view}: {practised} von %n Bereichen geübt in „{mode}“. Fach 1 wird noch oft verfehlt; Fach 5 sitzt seit Wochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtCheckText</name>
    <message>
        <source>Massage Trainer cannot run its tests: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer kann seine Tests nicht ausführen: Qt braucht diese Systembibliotheken, die nicht installiert sind:</translation>
    </message>
    <message>
        <source>Massage Trainer cannot open a window: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer kann kein Fenster öffnen: Qt braucht diese Systembibliotheken, die nicht installiert sind:</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Unter Debian oder Ubuntu installierst du sie so:</translation>
    </message>
    <message>
        <source>(Other systems name the packages differently; look for the libraries above.)</source>
        <translation>(Andere Systeme nennen die Pakete anders; suche nach den Bibliotheken oben.)</translation>
    </message>
    <message>
        <source>Massage Trainer needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. Start it from a desktop session, or use &apos;massage-trainer --screenshot FILE.png&apos; or &apos;massage-trainer export&apos; without one.</source>
        <translation>Massage Trainer braucht eine grafische Arbeitsumgebung: Weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt. Starte es aus einer Desktop-Sitzung, oder nutze ohne eine solche „massage-trainer --screenshot DATEI.png“ oder „massage-trainer export“.</translation>
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
        <translation>F&amp;ortschritt</translation>
    </message>
    <message>
        <source>Saved Progress</source>
        <translation>Gespeicherter Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Start Quiz…</source>
        <comment>Quiz menu</comment>
        <translation>Quiz &amp;starten…</translation>
    </message>
    <message>
        <source>Choose a quiz mode, region and length</source>
        <translation>Wähle Modus, Region und Länge des Quiz</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>A round of what is due: the areas you miss come back soonest</source>
        <translation>Eine Runde mit dem, was fällig ist: Bereiche, die du verfehlst, kommen am schnellsten wieder</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>Quiz menu</comment>
        <translation>Quiz b&amp;eenden</translation>
    </message>
    <message>
        <source>End the round now and see the results</source>
        <translation>Die Runde jetzt beenden und die Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>Show &amp;Progress</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>How well you know each area</source>
        <translation>Wie gut du jeden Bereich kennst</translation>
    </message>
    <message>
        <source>&amp;Export Progress as CSV…</source>
        <comment>Quiz menu</comment>
        <translation>Fortschritt als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save your progress as a spreadsheet file</source>
        <translation>Deinen Fortschritt als Tabellendatei speichern</translation>
    </message>
    <message>
        <source>E&amp;xport Progress Report…</source>
        <comment>Quiz menu</comment>
        <translation>Fortschritts&amp;bericht exportieren…</translation>
    </message>
    <message>
        <source>Save your statistics and charts as a PDF report or a PNG image</source>
        <translation>Deine Statistik und Diagramme als PDF-Bericht oder PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Reset Progress…</source>
        <comment>Quiz menu</comment>
        <translation>Fortschritt &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Den ganzen gespeicherten Fortschritt vergessen (fragt vorher)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <comment>menu</comment>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>Another zone set was opened, so the quiz ended. The answers so far are saved.</source>
        <translation>Ein anderer Bereichssatz wurde geöffnet, deshalb ist das Quiz beendet. Die bisherigen Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Cannot start this quiz: {reason}.</source>
        <translation>Dieses Quiz kann nicht starten: {reason}.</translation>
    </message>
    <message>
        <source>{zone}: not asked yet in this mode.</source>
        <translation>{zone}: in diesem Modus noch nicht gefragt.</translation>
    </message>
    <message>
        <source>This question is on the {view:lower}, so the map shows it again.</source>
        <translation>Diese Frage gehört zur {view}, darum zeigt die Karte sie wieder.</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}).</source>
        <translation>Dein Antwortverlauf konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The progress report could not be written to {file}: {reason}</source>
        <translation>Der Fortschrittsbericht konnte nicht in {file} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Progress report written to {file}</source>
        <translation>Fortschrittsbericht gespeichert in {file}</translation>
    </message>
    <message>
        <source>Your progress could not be saved ({reason}). It is kept while the program runs and saving is tried again after the next answer.</source>
        <translation>Dein Fortschritt konnte nicht gespeichert werden ({reason}). Er bleibt erhalten, solange das Programm läuft, und nach der nächsten Antwort wird erneut gespeichert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reason</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Progress Saved Elsewhere</source>
        <translation>Fortschritt woanders gespeichert</translation>
    </message>
    <message>
        <source>Your progress was saved in {folder}. To go on with it next time, copy the file progress.json from there into {own}.</source>
        <translation>Dein Fortschritt wurde in {folder} gespeichert. Um beim nächsten Mal damit weiterzumachen, kopiere die Datei progress.json von dort nach {own}.</translation>
    </message>
    <message>
        <source>The progress could not be written to {file}: {reason}</source>
        <translation>Der Fortschritt konnte nicht in {file} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Progress exported to {file}</source>
        <translation>Fortschritt exportiert nach {file}</translation>
    </message>
    <message>
        <source>Progress reset: every area starts again.</source>
        <translation>Fortschritt zurückgesetzt: Jeder Bereich beginnt von vorn.</translation>
    </message>
    <message>
        <source>Progress was reset here but could not be saved ({reason}).</source>
        <translation>Der Fortschritt wurde hier zurückgesetzt, konnte aber nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Export Progress as CSV</source>
        <translation>Fortschritt als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image of the charts (*.png)</source>
        <translation>PDF-Bericht (*.pdf);;PNG-Bild der Diagramme (*.png)</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Forget all saved quiz progress? Every area starts again in box 1. This cannot be undone; export it as CSV first to keep a copy.</source>
        <translation>Den ganzen gespeicherten Quiz-Fortschritt vergessen? Jeder Bereich beginnt wieder in Fach 1. Das lässt sich nicht rückgängig machen; exportiere ihn vorher als CSV, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>massage-trainer: progress not saved: {reason}</source>
        <translation>massage-trainer: Fortschritt nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Progress Not Saved</source>
        <translation>Fortschritt nicht gespeichert</translation>
    </message>
    <message>
        <source>Your latest quiz progress could not be saved, so closing now would lose it.

The reason: {reason}</source>
        <translation>Dein neuester Quiz-Fortschritt konnte nicht gespeichert werden; wenn du jetzt schließt, geht er verloren.

Der Grund: {reason}</translation>
    </message>
    <message>
        <source>Try again (after freeing some space or making the folder writable), save it in another folder, or close and lose the latest answers.</source>
        <translation>Versuche es erneut (nachdem du Platz geschaffen oder den Ordner beschreibbar gemacht hast), speichere ihn in einem anderen Ordner, oder schließe und verliere die letzten Antworten.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Save Elsewhere…</source>
        <translation>&amp;Woanders speichern…</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>Save Progress in Folder</source>
        <translation>Fortschritt in Ordner speichern</translation>
    </message>
    <message>
        <source>Quiz</source>
        <comment>heading of the set-up page</comment>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>every question</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Kein Zeitlimit</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Practice: ask first what is due (spaced repetition)</source>
        <translation>Üben: &amp;zuerst abfragen, was fällig ist (verteilte Wiederholung)</translation>
    </message>
    <message>
        <source>Areas you missed come back soon; areas you know well come back after days or weeks.</source>
        <translation>Verfehlte Bereiche kommen bald wieder; gut bekannte erst nach Tagen oder Wochen.</translation>
    </message>
    <message>
        <source>Qu&amp;estions:</source>
        <translation>A&amp;nzahl Fragen:</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Z&amp;eitlimit:</translation>
    </message>
    <message>
        <source>As&amp;k for one side: the person’s left or right</source>
        <translation>Nach einer Seite fragen: links oder rechts der &amp;Person</translation>
    </message>
    <message>
        <source>Find it only: each question names one side of a pair, and a click on the other side counts as a mirror mistake</source>
        <translation>Nur beim Finden: Jede Frage nennt eine Seite eines Paars, und ein Klick auf die andere Seite zählt als Spiegelfehler</translation>
    </message>
    <message>
        <source>T&amp;ype the name instead of choosing it</source>
        <translation>Namen tippen statt ausw&amp;ählen</translation>
    </message>
    <message>
        <source>Name it only: type the highlighted area’s name; other names it goes by and small slips of spelling count</source>
        <translation>Nur beim Benennen: Tippe den Namen des hervorgehobenen Bereichs; andere gängige Namen und kleine Tippfehler zählen auch</translation>
    </message>
    <message>
        <source>Recall goal in per cent</source>
        <translation>Merkziel in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a percentage</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Re&amp;call goal:</source>
        <translation>&amp;Merkziel:</translation>
    </message>
    <message>
        <source>Practice brings an area back when your chance of still knowing it drops to this. Higher means more reviews and fewer lapses; 90 % suits most learners.</source>
        <translation>Beim Üben kommt ein Bereich wieder, wenn die Wahrscheinlichkeit, dass du ihn noch weißt, auf diesen Wert sinkt. Höher heißt mehr Wiederholungen und weniger Aussetzer; 90 % passt für die meisten.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the quiz (Enter)</source>
        <translation>Das Quiz starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Type the name, then press Enter</source>
        <translation>Tippe den Namen und drücke dann die Eingabetaste</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>button: check a typed name</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Check the typed name (Enter)</source>
        <translation>Den getippten Namen prüfen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Ta&amp;ke a Hint</source>
        <translation>Tipp &amp;nehmen</translation>
    </message>
    <message>
        <source>One hint per question; a right answer after it counts half</source>
        <translation>Ein Tipp pro Frage; eine richtige Antwort danach zählt halb</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>button</comment>
        <translation>Quiz b&amp;eenden</translation>
    </message>
    <message>
        <source>End the round now and see the results (Ctrl+.)</source>
        <translation>Die Runde jetzt beenden und die Ergebnisse ansehen (Strg+.)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next question (Enter or Space)</source>
        <translation>Nächste Frage (Eingabe- oder Leertaste)</translation>
    </message>
    <message>
        <source>Hint (half score): {hint}</source>
        <translation>Tipp (halbe Punktzahl): {hint}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Practise My &amp;Mistakes</source>
        <translation>Meine &amp;Fehler üben</translation>
    </message>
    <message>
        <source>A new round with only the questions you missed</source>
        <translation>Eine neue Runde nur mit den verfehlten Fragen</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>&amp;Neues Quiz</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>Whole body, every view</source>
        <translation>Ganzer Körper, alle Ansichten</translation>
    </message>
    <message>
        <source>{view}: {region}</source>
        <comment>a region of one view: &apos;Front view: Arms&apos;</comment>
        <translation>{view}: {region}</translation>
    </message>
    <message>
        <source>{view}: {question:lower}</source>
        <comment>&apos;Front view: click the neck.&apos;</comment>
        <translation>{view} – {question}</translation>
    </message>
    <message>
        <source>That’s outside the body. Click on the body: that click did not count as a try.</source>
        <translation>Das ist außerhalb des Körpers. Klicke auf den Körper: Dieser Klick zählt nicht als Versuch.</translation>
    </message>
    <message>
        <source>It is in the lit-up part: {region:lower}.</source>
        <translation>Es liegt im hervorgehobenen Teil: {region}.</translation>
    </message>
    <message>
        <source>It is in the lit-up part.</source>
        <translation>Es liegt im hervorgehobenen Teil.</translation>
    </message>
    <message>
        <source>The spot is on the {zone:lower}.</source>
        <translation>Der Punkt liegt im Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>It begins with “{letters}”.</source>
        <translation>Es beginnt mit „{letters}“.</translation>
    </message>
    <message>
        <source>The {zone:lower} are shown now.</source>
        <translation>Der Bereich „{zone}“ ist jetzt markiert.</translation>
    </message>
    <message>
        <source>The {zone:lower} is shown now.</source>
        <translation>Der Bereich „{zone}“ ist jetzt markiert.</translation>
    </message>
    <message>
        <source>Right: that is it.</source>
        <translation>Richtig: Das ist er.</translation>
    </message>
    <message>
        <source>Right: those are the {zone:lower}.</source>
        <translation>Richtig: Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>Right: that is the {zone:lower}.</source>
        <translation>Richtig: Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>Not quite: that is it.</source>
        <translation>Nicht ganz: Das ist er.</translation>
    </message>
    <message>
        <source>Not quite: those are the {zone:lower}.</source>
        <translation>Nicht ganz: Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>Not quite: that is the {zone:lower}.</source>
        <translation>Nicht ganz: Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>That is it.</source>
        <translation>Das ist er.</translation>
    </message>
    <message>
        <source>Those are the {zone:lower}.</source>
        <translation>Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>That is the {zone:lower}.</source>
        <translation>Das ist der Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a target zone.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Zielbereich.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a target zone.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Zielbereich.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a caution zone.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a caution zone.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a zone to avoid.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Bereich zum Meiden.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a zone to avoid.</source>
        <translation>Richtig: Der Bereich „{zone}“ ist ein Bereich zum Meiden.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a target zone.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Zielbereich.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a target zone.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Zielbereich.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a caution zone.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a caution zone.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a zone to avoid.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Bereich zum Meiden.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a zone to avoid.</source>
        <translation>Nicht ganz: Der Bereich „{zone}“ ist ein Bereich zum Meiden.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a caution zone, not a target.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Vorsichtsbereich, kein Zielbereich.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a caution zone, not a target.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Vorsichtsbereich, kein Zielbereich.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a caution zone.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Bereich zum Meiden, kein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a caution zone.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Bereich zum Meiden, kein Vorsichtsbereich.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a target.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Bereich zum Meiden, kein Zielbereich.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a target.</source>
        <translation>Sicherheitsfehler: Der Bereich „{zone}“ ist ein Bereich zum Meiden, kein Zielbereich.</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} are shown now.</source>
        <translation>Richtig: Dieser Punkt ist „{spot}“ und liegt im Bereich „{zone}“, also zählt er. Der übrige Bereich „{zone}“ ist jetzt markiert.</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} is shown now.</source>
        <translation>Richtig: Dieser Punkt ist „{spot}“ und liegt im Bereich „{zone}“, also zählt er. Der übrige Bereich „{zone}“ ist jetzt markiert.</translation>
    </message>
    <message>
        <source>That is outside the body.</source>
        <translation>Das ist außerhalb des Körpers.</translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation>Richtig: {answer}.</translation>
    </message>
    <message>
        <source>Not quite: the answer is {answer}.</source>
        <translation>Nicht ganz: Die Antwort ist {answer}.</translation>
    </message>
    <message>
        <source>One more try.</source>
        <translation>Noch ein Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tries.</source>
        <comment>two or more tries left</comment>
        <translation>
            <numerusform>Noch %n Versuch.</numerusform>
            <numerusform>Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Benennen</translation>
    </message>
    <message>
        <source>Safe or not</source>
        <translation>Sicher oder nicht</translation>
    </message>
    <message>
        <source>Which technique</source>
        <translation>Welche Technik</translation>
    </message>
    <message>
        <source>Which way?</source>
        <translation>Welche Richtung?</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>außerhalb des Körpers</translation>
    </message>
    <message>
        <source>Left {zone:lower}</source>
        <comment>the person&apos;s left</comment>
        <translation>{zone} (links)</translation>
    </message>
    <message>
        <source>Right {zone:lower}</source>
        <comment>the person&apos;s right</comment>
        <translation>{zone} (rechts)</translation>
    </message>
    <message>
        <source>the {zone:lower}</source>
        <comment>a zone named in a list</comment>
        <translation>„{zone}“</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>the end of a list: &apos;a, b and c&apos;</comment>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Click the {zone:lower}.</source>
        <translation>Klicke auf: {zone}.</translation>
    </message>
    <message>
        <source>That is the right one: seen from behind, the person’s left is on your left.</source>
        <translation>Das ist die rechte Seite: Von hinten gesehen liegt die linke Seite der Person auch auf deiner linken Seite.</translation>
    </message>
    <message>
        <source>That is the left one: seen from behind, the person’s right is on your right.</source>
        <translation>Das ist die linke Seite: Von hinten gesehen liegt die rechte Seite der Person auch auf deiner rechten Seite.</translation>
    </message>
    <message>
        <source>That is the right one: seen from the front, the person’s left is on your right.</source>
        <translation>Das ist die rechte Seite: Von vorn gesehen liegt die linke Seite der Person auf deiner rechten Seite.</translation>
    </message>
    <message>
        <source>That is the left one: seen from the front, the person’s right is on your left.</source>
        <translation>Das ist die linke Seite: Von vorn gesehen liegt die rechte Seite der Person auf deiner linken Seite.</translation>
    </message>
    <message>
        <source>Click the person’s left {zone:lower}.</source>
        <translation>Klicke auf: {zone}, linke Seite der Person.</translation>
    </message>
    <message>
        <source>Click the person’s right {zone:lower}.</source>
        <translation>Klicke auf: {zone}, rechte Seite der Person.</translation>
    </message>
    <message>
        <source>Which area is highlighted?</source>
        <translation>Welcher Bereich ist hervorgehoben?</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the key that answers Target (one letter)</comment>
        <translation>Z</translation>
    </message>
    <message>
        <source>C</source>
        <comment>the key that answers Caution (one letter)</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key that answers Avoid (one letter)</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Is the marked spot a target, a caution area or one to avoid?</source>
        <translation>Ist der markierte Punkt ein Zielbereich, ein Vorsichtsbereich oder ein Bereich zum Meiden?</translation>
    </message>
    <message>
        <source>Which technique suits the {zone:lower}?</source>
        <translation>Welche Technik passt zum Bereich „{zone}“?</translation>
    </message>
    <message>
        <source>Out, away from the spine</source>
        <translation>Nach außen, weg von der Wirbelsäule</translation>
    </message>
    <message>
        <source>In, toward the spine</source>
        <translation>Nach innen, zur Wirbelsäule hin</translation>
    </message>
    <message>
        <source>Out, away from the middle of the body</source>
        <translation>Nach außen, weg von der Körpermitte</translation>
    </message>
    <message>
        <source>In, toward the middle of the body</source>
        <translation>Nach innen, zur Körpermitte hin</translation>
    </message>
    <message>
        <source>Up, toward the head</source>
        <translation>Nach oben, zum Kopf hin</translation>
    </message>
    <message>
        <source>Down, toward the feet</source>
        <translation>Nach unten, zu den Füßen hin</translation>
    </message>
    <message>
        <source>{technique}: its direction</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}: die Richtung</translation>
    </message>
    <message>
        <source>{technique}: its movement</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}: die Bewegung</translation>
    </message>
    <message>
        <source>{number}. {stroke}</source>
        <comment>one numbered stroke of several</comment>
        <translation>{number}. {stroke}</translation>
    </message>
    <message>
        <source>{technique} is drawn much the same way, so not offered.</source>
        <translation>„{technique}“ wird fast genauso gezeichnet und steht deshalb nicht zur Wahl.</translation>
    </message>
    <message>
        <source>{techniques} are drawn much the same way, so not offered.</source>
        <translation>{techniques} werden fast genauso gezeichnet und stehen deshalb nicht zur Wahl.</translation>
    </message>
    <message>
        <source>Which technique makes the movement drawn on the map?</source>
        <translation>Welche Technik macht die Bewegung, die auf der Karte gezeichnet ist?</translation>
    </message>
    <message>
        <source>The map shows: {strokes}</source>
        <translation>Die Karte zeigt: {strokes}</translation>
    </message>
    <message>
        <source>The hands start on the {zone:lower}.</source>
        <translation>Die Hände beginnen im Bereich „{zone}“.</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}?</source>
        <translation>In welche Richtung bewegen sich die Hände bei „{technique}“?</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}, where they press most?</source>
        <translation>In welche Richtung bewegen sich die Hände bei „{technique}“ dort, wo sie am stärksten drücken?</translation>
    </message>
    <message>
        <source>The map shows the path of the {technique:lower} without its arrows, over {zones}.</source>
        <translation>Die Karte zeigt den Weg von „{technique}“ ohne Pfeile, über {zones}.</translation>
    </message>
    <message>
        <source>It presses most over {zones}.</source>
        <translation>Am stärksten drückt sie über {zones}.</translation>
    </message>
    <message>
        <source>{technique}: where the hands press most, they move {way:lower}. {stroke}</source>
        <translation>{technique}: Wo die Hände am stärksten drücken, bewegen sie sich {way:lower}. {stroke}</translation>
    </message>
    <message>
        <source>Type the name of the highlighted area.</source>
        <translation>Tippe den Namen des hervorgehobenen Bereichs ein.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>what was typed: no text</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Right, allowing for the spelling: it is written “{zone}”.</source>
        <translation>Richtig, bis auf die Schreibweise: Es heißt „{zone}“.</translation>
    </message>
    <message>
        <source>Not quite: that names the {typed:lower}; this is the {zone:lower}.</source>
        <translation>Nicht ganz: Das ist der Name für „{typed}“; hier ist „{zone}“ gemeint.</translation>
    </message>
    <message>
        <source>Fin&amp;d it – click the area that is named</source>
        <translation>Finden – &amp;klicke auf den genannten Bereich</translation>
    </message>
    <message>
        <source>Na&amp;me it – name the highlighted area</source>
        <translation>Benennen – benenne den her&amp;vorgehobenen Bereich</translation>
    </message>
    <message>
        <source>S&amp;afe or not – target, caution or avoid?</source>
        <translation>Si&amp;cher oder nicht – Ziel, Vorsicht oder Meiden?</translation>
    </message>
    <message>
        <source>&amp;Which technique – choose one that suits the area</source>
        <translation>Welche &amp;Technik – wähle eine, die zum Bereich passt</translation>
    </message>
    <message>
        <source>Which way? – the direction of a stroke, or the technique it &amp;belongs to</source>
        <translation>&amp;Welche Richtung? – die Richtung eines Strichs oder die Technik, zu der er gehört</translation>
    </message>
    <message>
        <source>Click it on the map. Keyboard: the arrow keys move between areas, Enter answers. Three tries.</source>
        <translation>Klicke auf der Karte darauf. Tastatur: Die Pfeiltasten wechseln zwischen den Bereichen, die Eingabetaste antwortet. Drei Versuche.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a name.</source>
        <translation>Drück 1–4 oder klicke auf einen Namen.</translation>
    </message>
    <message>
        <source>Press {target}, {caution} or {avoid} (or 1–3), or click.</source>
        <comment>answer keys</comment>
        <translation>Drück {target}, {caution} oder {avoid} (oder 1–3) oder klicke.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a technique.</source>
        <translation>Drück 1–4 oder klicke auf eine Technik.</translation>
    </message>
    <message>
        <source>Look at the stroke drawn on the map. Press an answer&apos;s number or click it.</source>
        <translation>Sieh dir den Strich auf der Karte an. Drück die Nummer einer Antwort oder klicke sie an.</translation>
    </message>
    <message>
        <source>Type the name and press Enter. Other names it goes by count, and small slips too.</source>
        <translation>Tippe den Namen und drück die Eingabetaste. Andere gängige Namen zählen auch, kleine Tippfehler ebenso.</translation>
    </message>
    <message>
        <source>Drill the areas of the body, on every view, until they stick. Every answer counts towards your saved progress.</source>
        <translation>Übe die Bereiche des Körpers in jeder Ansicht, bis sie sitzen. Jede Antwort zählt für deinen gespeicherten Fortschritt.</translation>
    </message>
    <message>
        <source>No questions for this choice.</source>
        <translation>Keine Fragen für diese Auswahl.</translation>
    </message>
    <message>
        <source>No misses: every answer was right at the first try.</source>
        <translation>Keine Fehler: Jede Antwort war beim ersten Versuch richtig.</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>richtige Antwort</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>deine Antwort</translation>
    </message>
    <message>
        <source>{mode} has no questions here</source>
        <translation>„{mode}“ hat hier keine Fragen</translation>
    </message>
    <message>
        <source>{questions} from {areas} in “{region}”. A left/right pair counts as one area.</source>
        <translation>{questions} aus {areas} in „{region}“. Ein Paar aus links und rechts zählt als ein Bereich.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <comment>&apos;10 questions&apos; from 12 areas</comment>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>10 questions from &apos;12 areas&apos;</comment>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for practice today or tomorrow in this mode.</source>
        <translation>In diesem Modus ist heute und morgen nichts zum Üben fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>due for practice</comment>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today.</source>
        <translation>In diesem Modus zum Üben fällig: {areas}, {today} heute.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, none today, {more} tomorrow.</source>
        <translation>In diesem Modus zum Üben fällig: {areas}, heute keiner, morgen {more}.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today and {more} more tomorrow.</source>
        <translation>In diesem Modus zum Üben fällig: {areas}, {today} heute und morgen {more} weitere.</translation>
    </message>
    <message>
        <source>The marked spot is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>Der markierte Punkt liegt {where}.</translation>
    </message>
    <message>
        <source>The highlighted area is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>Der hervorgehobene Bereich liegt {where}.</translation>
    </message>
    <message>
        <source>You clicked {where}.</source>
        <comment>&apos;... on the left side of the back&apos;</comment>
        <translation>Dein Klick liegt {where}.</translation>
    </message>
    <message>
        <source>{mode} (practice)</source>
        <translation>{mode} (Üben)</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Frage {number} von {count}</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Punkte {score}</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>the time a round has taken</comment>
        <translation>Zeit {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Restzeit {time}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}, {mark}</source>
        <comment>&apos;..., right answer&apos;</comment>
        <translation>Antwort {number}: {answer}, {mark}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Antwort {number}: {answer}</translation>
    </message>
    <message>
        <source>See &amp;Results</source>
        <translation>&amp;Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Techniques that suit the {zone:lower}: {techniques}.</source>
        <translation>Techniken, die zum Bereich „{zone}“ passen: {techniques}.</translation>
    </message>
    <message>
        <source>{zone}: {level} – {meaning}.</source>
        <comment>&apos;Spine: Avoid – no direct pressure.&apos;</comment>
        <translation>{zone}: {level} – {meaning}.</translation>
    </message>
    <message>
        <source>{zone} ({view:lower})</source>
        <comment>&apos;Forearm (front view)&apos;</comment>
        <translation>{zone} ({view})</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; found at try {number}</source>
        <translation>{zone} – Klicks: {clicked}; beim {number}. Versuch gefunden</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; not found</source>
        <translation>{zone} – Klicks: {clicked}; nicht gefunden</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer} (safety mistake)</source>
        <translation>{zone} – deine Antwort: {given}; richtig: {answer} (Sicherheitsfehler)</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer}</source>
        <translation>{zone} – deine Antwort: {given}; richtig: {answer}</translation>
    </message>
    <message>
        <source>{zone}: you chose {given}; {answer} suits it</source>
        <translation>{zone} – deine Wahl: {given}; passend: {answer}</translation>
    </message>
    <message>
        <source>{technique}: you took its movement for {given}</source>
        <translation>{technique} – du hast die Bewegung für {given} gehalten</translation>
    </message>
    <message>
        <source>{technique}: you chose {given}; it goes {way:lower}</source>
        <translation>{technique} – deine Wahl: {given}; die Hände bewegen sich {way:lower}</translation>
    </message>
    <message>
        <source>{zone}: you answered {given}</source>
        <translation>{zone} – deine Antwort: {given}</translation>
    </message>
    <message>
        <source>Results: {mode}</source>
        <translation>Ergebnisse: {mode}</translation>
    </message>
    <message>
        <source>No questions answered</source>
        <translation>Keine Fragen beantwortet</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent})</source>
        <translation>{score} von {answered} beim ersten Versuch richtig ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <comment>the score with the hinted answers</comment>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a score with a half point: &apos;2.5 points&apos;</comment>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent}), and {hinted} more with a hint, at half: {points}</source>
        <translation>{score} von {answered} beim ersten Versuch richtig ({percent}) und {hinted} weitere mit Tipp, zur Hälfte gewertet: {points}</translation>
    </message>
    <message>
        <source>Time: {time}.</source>
        <translation>Zeit: {time}.</translation>
    </message>
    <message>
        <source>The time ran out; 1 question was not asked.</source>
        <translation>Die Zeit ist abgelaufen; 1 Frage wurde nicht gestellt.</translation>
    </message>
    <message numerus="yes">
        <source>The time ran out; %n questions were not asked.</source>
        <comment>two or more questions</comment>
        <translation>
            <numerusform>Die Zeit ist abgelaufen; %n Frage wurde nicht gestellt.</numerusform>
            <numerusform>Die Zeit ist abgelaufen; %n Fragen wurden nicht gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Die Zeit ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Ended after {answered} of %n question(s).</source>
        <translation>
            <numerusform>Beendet nach {answered} von %n Frage.</numerusform>
            <numerusform>Beendet nach {answered} von %n Fragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s): a spot was called less risky than it is. Pressing there can hurt; learn these first.</source>
        <translation>
            <numerusform>%n Sicherheitsfehler: Eine Stelle wurde für harmloser gehalten, als sie ist. Druck dort kann schaden; lerne sie zuerst.</numerusform>
            <numerusform>%n Sicherheitsfehler: Stellen wurden für harmloser gehalten, als sie sind. Druck dort kann schaden; lerne sie zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es) (select one to see it on the map):</source>
        <translation>
            <numerusform>%n Fehler (wähle ihn aus, um ihn auf der Karte zu sehen):</numerusform>
            <numerusform>%n Fehler (wähle einen aus, um ihn auf der Karte zu sehen):</numerusform>
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
        <translation>Geführter Ablauf · {minutes} · {steps} (vorgeschlagene Zeiten zusammen {time})</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Massage Trainer {version} · routine &apos;{id}&apos;</source>
        <translation>Massage Trainer {version} · Ablauf „{id}“</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Denk daran</translation>
    </message>
    <message>
        <source>Worked in this routine; the number is its step</source>
        <translation>In diesem Ablauf behandelt; die Nummer ist der Schritt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s); see the Routine tab</source>
        <translation>
            <numerusform>… und %n weiterer Schritt; siehe den Reiter „Ablauf“</numerusform>
            <numerusform>… und %n weitere Schritte; siehe den Reiter „Ablauf“</numerusform>
        </translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <translation>{routine} – Ablaufkarte</translation>
    </message>
</context>
<context>
    <name>RoutineStepText</name>
    <message>
        <source>That was the last step. Wipe off extra oil and offer a glass of water.</source>
        <translation>Das war der letzte Schritt. Wisch überschüssiges Öl ab und biete ein Glas Wasser an.</translation>
    </message>
    <message>
        <source>Time is up for this step. Move on when ready (N).</source>
        <translation>Die Zeit für diesen Schritt ist um. Mach weiter, wenn du so weit bist (N).</translation>
    </message>
    <message>
        <source>Running. Space pauses.</source>
        <translation>Läuft. Die Leertaste hält an.</translation>
    </message>
    <message>
        <source>Paused. Space carries on.</source>
        <translation>Angehalten. Die Leertaste macht weiter.</translation>
    </message>
    <message>
        <source>Press Start (Space) when your hands are in place.</source>
        <translation>Drück Start (Leertaste), sobald deine Hände in Position sind.</translation>
    </message>
    <message>
        <source>{icon} {level} {zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{icon} {level} {zone}: {warning}</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Vorsicht in der Nähe</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>about %n min to go</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>nichts mehr zu tun</translation>
    </message>
    <message>
        <source>{position}: {step}</source>
        <comment>&apos;Step 3 of 9: Upper back&apos;</comment>
        <translation>{position}: {step}</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Weiter</translation>
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
        <translation>Noch {time} in diesem Schritt.</translation>
    </message>
</context>
<context>
    <name>RoutineTabText</name>
    <message>
        <source>No zones: the person turns over</source>
        <translation>Keine Bereiche: Die Person dreht sich um</translation>
    </message>
    <message>
        <source>Export Routine Card</source>
        <translation>Ablaufkarte exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Guided routine</source>
        <translation>Geführter Ablauf</translation>
    </message>
    <message>
        <source>Routine</source>
        <comment>read out: the routine chooser</comment>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>&amp;Which routine:</source>
        <translation>&amp;Welcher Ablauf:</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: a routine&apos;s step</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <comment>button: step</comment>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>button: the clock</comment>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <comment>button: step</comment>
        <translation>W&amp;eiter ▶</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <comment>button: the routine</comment>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Move on &amp;automatically</source>
        <translation>Au&amp;tomatisch weiter</translation>
    </message>
    <message>
        <source>Go to the next step by itself when a step&apos;s time is up</source>
        <translation>Von selbst zum nächsten Schritt gehen, wenn die Zeit eines Schritts um ist</translation>
    </message>
    <message>
        <source>Keys: Space starts and pauses the clock; N, → or Page Down for the next step; P, ← or Page Up for the previous one.</source>
        <translation>Tasten: Leertaste startet und pausiert die Uhr; N, → oder Bild ab für den nächsten Schritt; P, ← oder Bild auf für den vorigen.</translation>
    </message>
    <message>
        <source>Rou&amp;tine</source>
        <comment>the side tab</comment>
        <translation>Ablau&amp;f</translation>
    </message>
    <message>
        <source>A guided session, step by step</source>
        <translation>Eine geführte Sitzung, Schritt für Schritt</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <comment>the menu</comment>
        <translation>Ab&amp;lauf</translation>
    </message>
    <message>
        <source>Show &amp;Routine</source>
        <translation>Ablauf &amp;zeigen</translation>
    </message>
    <message>
        <source>Open the Routine tab: a guided session, step by step</source>
        <translation>Den Reiter Ablauf öffnen: eine geführte Sitzung, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>Start or pause the countdown of this step</source>
        <translation>Den Countdown dieses Schritts starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Zum nächsten Schritt gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Voriger Schritt</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurückgehen</translation>
    </message>
    <message>
        <source>Res&amp;tart Routine</source>
        <translation>Ablauf neu &amp;beginnen</translation>
    </message>
    <message>
        <source>Back to the first step, with the clock stopped</source>
        <translation>Zurück zum ersten Schritt, die Uhr angehalten</translation>
    </message>
    <message>
        <source>Say Time &amp;Left</source>
        <translation>&amp;Restzeit ansagen</translation>
    </message>
    <message>
        <source>Have a screen reader say how much time this step has left</source>
        <translation>Einen Bildschirmleser ansagen lassen, wie viel Zeit dieser Schritt noch hat</translation>
    </message>
    <message>
        <source>Move On &amp;Automatically</source>
        <translation>&amp;Automatisch weiter</translation>
    </message>
    <message>
        <source>Go on to the next step when the time is up</source>
        <translation>Zum nächsten Schritt gehen, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>Print Routine &amp;Card…</source>
        <translation>Ablauf&amp;karte drucken…</translation>
    </message>
    <message>
        <source>Preview and print this routine as a one-page card to keep beside the table</source>
        <translation>Diesen Ablauf als einseitige Karte für neben die Liege ansehen und drucken</translation>
    </message>
    <message>
        <source>&amp;Export Routine Card…</source>
        <translation>Ablaufkarte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this routine as a one-page PDF card</source>
        <translation>Diesen Ablauf als einseitige PDF-Karte speichern</translation>
    </message>
    <message>
        <source>&amp;Choose Routine</source>
        <translation>Ablauf &amp;wählen</translation>
    </message>
    <message>
        <source>{routine} ({minutes} min)</source>
        <comment>a routine and its length</comment>
        <translation>{routine} ({minutes} Min.)</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Keine Abläufe</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Vorsicht in der Nähe</translation>
    </message>
    <message>
        <source>{zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{zone}: {warning}</translation>
    </message>
    <message>
        <source>There are no routines for this zone set.</source>
        <translation>Für diese Bereichsdatei gibt es keine Abläufe.</translation>
    </message>
    <message>
        <source>The routine file has problems</source>
        <translation>Die Ablaufdatei hat Probleme</translation>
    </message>
    <message>
        <source>{file} could not be used. Fix these and open the zone set again:</source>
        <translation>{file} konnte nicht verwendet werden. Behebe diese Probleme und öffne die Bereichsdatei erneut:</translation>
    </message>
    <message>
        <source>Cannot write the routine card</source>
        <translation>Die Ablaufkarte lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>{file} konnte nicht geschrieben werden:</translation>
    </message>
    <message>
        <source>Wrote the routine card to {file}</source>
        <translation>Ablaufkarte in {file} geschrieben</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>work here</source>
        <translation>hier arbeiten</translation>
    </message>
    <message>
        <source>a target zone</source>
        <translation>ein Zielbereich</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>ein Zielbereich</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>light, broad pressure only</source>
        <translation>nur leichter, flächiger Druck</translation>
    </message>
    <message>
        <source>a caution zone</source>
        <translation>ein Vorsichtsbereich</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Meiden</translation>
    </message>
    <message>
        <source>no direct pressure</source>
        <translation>kein direkter Druck</translation>
    </message>
    <message>
        <source>a zone to avoid</source>
        <translation>ein Bereich zum Meiden</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>{view}: zone worksheet</source>
        <comment>the worksheet&apos;s title</comment>
        <translation>{view}: Arbeitsblatt zu den Bereichen</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each numbered zone. Both zones of a left and right pair share one number.</source>
        <translation>Schreibe zu jedem nummerierten Bereich den Namen und die Sicherheitsstufe. Die beiden Bereiche eines Links-rechts-Paars teilen sich eine Nummer.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each zone (continued)</source>
        <translation>Schreibe zu jedem Bereich den Namen und die Sicherheitsstufe (Fortsetzung)</translation>
    </message>
    <message>
        <source>{view}: answer key</source>
        <comment>the answer key&apos;s title</comment>
        <translation>{view}: Lösungen</translation>
    </message>
    <message>
        <source>The answers to the worksheet: every numbered zone with its name and its safety level.</source>
        <translation>Die Lösungen zum Arbeitsblatt: jeder nummerierte Bereich mit Namen und Sicherheitsstufe.</translation>
    </message>
    <message>
        <source>Key to the numbers</source>
        <translation>Legende der Nummern</translation>
    </message>
    <message>
        <source>Answer key (continued)</source>
        <translation>Lösungen (Fortsetzung)</translation>
    </message>
    <message>
        <source>{view}: where to massage, and where not to</source>
        <comment>the zone sheet&apos;s title</comment>
        <translation>{view}: wo massieren und wo nicht</translation>
    </message>
    <message>
        <source>Work on the zones marked Target; go lightly on Caution; never press on Avoid.</source>
        <translation>Arbeite an den Bereichen mit „Ziel“; bei „Vorsicht“ nur leicht; bei „Meiden“ niemals drücken.</translation>
    </message>
    <message>
        <source>The numbers are explained on the following pages.</source>
        <translation>Die Nummern werden auf den folgenden Seiten erklärt.</translation>
    </message>
    <message>
        <source>Key to the numbers (continued)</source>
        <translation>Legende der Nummern (Fortsetzung)</translation>
    </message>
    <message>
        <source>zone worksheet</source>
        <translation>Arbeitsblatt zu den Bereichen</translation>
    </message>
    <message>
        <source>zone sheet</source>
        <translation>Bereichsblatt</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Leichter Druck</translation>
    </message>
    <message>
        <source>Moderate pressure</source>
        <translation>Mäßiger Druck</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Fester Druck</translation>
    </message>
    <message>
        <source>Pressure varies</source>
        <translation>Wechselnder Druck</translation>
    </message>
    <message>
        <source>Upper trapezius ridge</source>
        <translation>Oberer Trapezrand</translation>
    </message>
    <message>
        <source>Collarbone</source>
        <translation>Schlüsselbein</translation>
    </message>
    <message>
        <source>Groin fold</source>
        <translation>Leistenfalte</translation>
    </message>
    <message>
        <source>{views} and {last}</source>
        <comment>a list of views: the first ones, the last</comment>
        <translation>{views} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between views in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{view}: {title:lower}</source>
        <comment>a view&apos;s title, then a heading</comment>
        <translation>{view}: {title}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the zone table&apos;s column of numbers</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Zone and safety</source>
        <translation>Bereich und Sicherheit</translation>
    </message>
    <message>
        <source>Why, what to watch for, and the techniques</source>
        <translation>Warum, worauf zu achten ist, und die Techniken</translation>
    </message>
    <message>
        <source>left and right</source>
        <translation>links und rechts</translation>
    </message>
    <message>
        <source>Take care: {warnings}</source>
        <translation>Achtung: {warnings}</translation>
    </message>
    <message>
        <source>Techniques: {techniques}.</source>
        <translation>Techniken: {techniques}.</translation>
    </message>
    <message>
        <source>{view}, page {page}</source>
        <translation>{view}, Seite {page}</translation>
    </message>
    <message>
        <source>The zones of each view are numbered separately, as on that view&apos;s diagram ({where}); both zones of a left and right pair share one number.</source>
        <translation>Die Bereiche jeder Ansicht sind getrennt nummeriert, wie auf dem Diagramm dieser Ansicht ({where}); die beiden Bereiche eines Links-rechts-Paars teilen sich eine Nummer.</translation>
    </message>
    <message>
        <source>The numbers match the diagram on page 1; both zones of a left and right pair share one number.</source>
        <translation>Die Nummern entsprechen dem Diagramm auf Seite 1; die beiden Bereiche eines Links-rechts-Paars teilen sich eine Nummer.</translation>
    </message>
    <message>
        <source>{numbers} Safety: {levels}.</source>
        <translation>{numbers} Sicherheit: {levels}.</translation>
    </message>
    <message>
        <source>numbered as on page {page}</source>
        <translation>nummeriert wie auf Seite {page}</translation>
    </message>
    <message>
        <source>The numbered zones (continued)</source>
        <translation>Die nummerierten Bereiche (Fortsetzung)</translation>
    </message>
    <message>
        <source>The numbered zones, {view} (continued)</source>
        <translation>Die nummerierten Bereiche, {view} (Fortsetzung)</translation>
    </message>
    <message>
        <source>The numbered zones</source>
        <translation>Die nummerierten Bereiche</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Was darunter liegt</translation>
    </message>
    <message>
        <source>What lies beneath: {view:lower}</source>
        <translation>Was darunter liegt: {view}</translation>
    </message>
    <message>
        <source>The bones, organs, nerves, vessels and muscles under the zones, as the window shows them with every anatomy layer on. The zones are left plain here: their levels are on the diagram page.</source>
        <translation>Knochen, Organe, Nerven, Gefäße und Muskeln unter den Bereichen, so wie das Fenster sie mit allen Anatomie-Ebenen zeigt. Die Bereiche bleiben hier ungefärbt: Ihre Stufen stehen auf der Diagrammseite.</translation>
    </message>
    <message>
        <source>{structures}.</source>
        <comment>a layer&apos;s structures listed</comment>
        <translation>{structures}.</translation>
    </message>
    <message>
        <source>Rules, and when not to massage</source>
        <translation>Regeln – und wann keine Massage</translation>
    </message>
    <message>
        <source>General rules</source>
        <translation>Allgemeine Regeln</translation>
    </message>
    <message>
        <source>Some conditions rule a massage out, some rule out one area, and some call for a wait. When in doubt, do not massage and ask a doctor.</source>
        <translation>Manche Beschwerden schließen eine Massage ganz aus, manche nur an einer Stelle, und bei manchen heißt es warten. Im Zweifel nicht massieren und ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Wann keine Massage</translation>
    </message>
    <message>
        <source>{view}, {number}</source>
        <comment>a zone&apos;s view and its number</comment>
        <translation>{view}, {number}</translation>
    </message>
    <message>
        <source>Zones: {zones}.</source>
        <translation>Bereiche: {zones}.</translation>
    </message>
    <message>
        <source>Order of a session</source>
        <translation>Ablauf einer Sitzung</translation>
    </message>
    <message>
        <source>{view}:</source>
        <comment>before a view&apos;s strokes</comment>
        <translation>{view}:</translation>
    </message>
    <message>
        <source>{numbers} ({view})</source>
        <comment>zone numbers and their view</comment>
        <translation>{numbers} ({view})</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the views&apos; zone numbers</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>Used on zone {numbers}.</source>
        <comment>one zone&apos;s number</comment>
        <translation>Angewandt auf Bereich {numbers}.</translation>
    </message>
    <message>
        <source>Used on zones {numbers}.</source>
        <comment>several zones&apos; numbers</comment>
        <translation>Angewandt auf die Bereiche {numbers}.</translation>
    </message>
    <message>
        <source>Every technique named in the zone table, grouped by family, with its steps. Work slowly, check the pressure with the person, and keep to the zones marked Target.</source>
        <translation>Jede Technik aus der Bereichstabelle, nach Familien geordnet, mit ihren Schritten. Arbeite langsam, frag die Person nach dem Druck und bleib bei den Bereichen mit „Ziel“.</translation>
    </message>
    <message>
        <source>Technique glossary</source>
        <translation>Glossar der Techniken</translation>
    </message>
    <message>
        <source>{technique} (continued)</source>
        <translation>{technique} (Fortsetzung)</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Massage Trainer {what} – {views} – {date}</source>
        <translation>Massage Trainer {what} – {views} – {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Massage Trainer teaches massage; it does not give medical advice.</source>
        <translation>Massage Trainer lehrt Massage; es ist keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Name des Bereichs</translation>
    </message>
    <message>
        <source>Safety level</source>
        <translation>Sicherheitsstufe</translation>
    </message>
    <message>
        <source>Safety levels</source>
        <translation>Sicherheitsstufen</translation>
    </message>
    <message>
        <source>Pressure point: slow, firm thumb pressure</source>
        <translation>Druckpunkt: langsamer, fester Daumendruck</translation>
    </message>
    <message>
        <source>Trigger points: where knots cluster</source>
        <translation>Triggerpunkte: wo sich Verhärtungen häufen</translation>
    </message>
    <message>
        <source>The patterns show each level in a black-and-white copy too.</source>
        <translation>Die Muster zeigen jede Stufe auch in einer Schwarz-Weiß-Kopie.</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>a line on the worksheet to write one&apos;s name on</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Fortsetzung auf der nächsten Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the PDF zone sheet.</source>
        <translation>
            <numerusform>%n weiterer im PDF-Bereichsblatt.</numerusform>
            <numerusform>%n weitere im PDF-Bereichsblatt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPageText</name>
    <message>
        <source>Statistics summary</source>
        <translation>Zusammenfassung der Statistik</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Antworten pro Tag</translation>
    </message>
    <message>
        <source>Answers per day in words</source>
        <translation>Antworten pro Tag in Worten</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Lerntage</translation>
    </message>
    <message>
        <source>Study days in words</source>
        <translation>Lerntage in Worten</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Sicherheitsfehler pro Tag</translation>
    </message>
    <message>
        <source>Safety mistakes in words</source>
        <translation>Sicherheitsfehler in Worten</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s) (bars), share right (line)</source>
        <translation>
            <numerusform>Antworten pro Tag, letzter %n Tag (Balken), Anteil richtig (Linie)</numerusform>
            <numerusform>Antworten pro Tag, letzte %n Tage (Balken), Anteil richtig (Linie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Sicherheitsfehler pro Tag, letzter %n Tag</numerusform>
            <numerusform>Sicherheitsfehler pro Tag, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <source>Answers, share right and time per area</source>
        <translation>Antworten, Anteil richtig und Zeit pro Bereich</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Oft verwechselt</translation>
    </message>
    <message>
        <source>Export Progress Re&amp;port…</source>
        <translation>Fortschritts&amp;bericht exportieren…</translation>
    </message>
    <message>
        <source>Save these figures and charts as a PDF or a PNG image</source>
        <translation>Diese Zahlen und Diagramme als PDF oder PNG-Bild speichern</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Noch wurde kein Bereich mit einem anderen verwechselt.</translation>
    </message>
</context>
<context>
    <name>StrokeText</name>
    <message>
        <source>floats over the {zone:lower}: no pressure at all here</source>
        <translation>schwebt über den Bereich „{zone}“: hier gar kein Druck</translation>
    </message>
    <message>
        <source>passes over the {zone:lower}: lighten here</source>
        <translation>führt über den Bereich „{zone}“: hier den Druck verringern</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>outward</source>
        <translation>nach außen</translation>
    </message>
    <message>
        <source>inward</source>
        <translation>nach innen</translation>
    </message>
    <message>
        <source>up and outward</source>
        <translation>nach oben und außen</translation>
    </message>
    <message>
        <source>up and inward</source>
        <translation>nach oben und innen</translation>
    </message>
    <message>
        <source>down and outward</source>
        <translation>nach unten und außen</translation>
    </message>
    <message>
        <source>down and inward</source>
        <translation>nach unten und innen</translation>
    </message>
    <message>
        <source>with no pressure</source>
        <translation>ohne Druck</translation>
    </message>
    <message>
        <source>lightly</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>with moderate pressure</source>
        <translation>mit mäßigem Druck</translation>
    </message>
    <message>
        <source>firmly</source>
        <translation>kräftig</translation>
    </message>
    <message>
        <source>Both hands, one on each side,</source>
        <translation>Beide Hände, je eine auf jeder Seite,</translation>
    </message>
    <message>
        <source>Both hands together</source>
        <translation>Beide Hände zusammen</translation>
    </message>
    <message>
        <source>The hands take turns, one on each side, and</source>
        <translation>Die Hände wechseln sich ab, je eine auf jeder Seite, und</translation>
    </message>
    <message>
        <source>The hands take turns and</source>
        <translation>Die Hände wechseln sich ab und</translation>
    </message>
    <message>
        <source>The left hand, with the right mirroring it on the other side,</source>
        <translation>Die linke Hand – die rechte spiegelt sie auf der anderen Seite –</translation>
    </message>
    <message>
        <source>The left hand</source>
        <translation>Die linke Hand</translation>
    </message>
    <message>
        <source>The right hand, with the left mirroring it on the other side,</source>
        <translation>Die rechte Hand – die linke spiegelt sie auf der anderen Seite –</translation>
    </message>
    <message>
        <source>The right hand</source>
        <translation>Die rechte Hand</translation>
    </message>
    <message>
        <source>The hands</source>
        <translation>Die Hände</translation>
    </message>
    <message>
        <source>glide</source>
        <comment>two hands do it</comment>
        <translation>gleiten</translation>
    </message>
    <message>
        <source>walk in small steps</source>
        <comment>two hands do it</comment>
        <translation>wandern in kleinen Schritten</translation>
    </message>
    <message>
        <source>press and let go</source>
        <comment>two hands do it</comment>
        <translation>drücken und lassen los</translation>
    </message>
    <message>
        <source>move</source>
        <comment>two hands do it</comment>
        <translation>bewegen sich</translation>
    </message>
    <message>
        <source>glides</source>
        <comment>one hand does it</comment>
        <translation>gleitet</translation>
    </message>
    <message>
        <source>walks in small steps</source>
        <comment>one hand does it</comment>
        <translation>wandert in kleinen Schritten</translation>
    </message>
    <message>
        <source>presses and lets go</source>
        <comment>one hand does it</comment>
        <translation>drückt und lässt los</translation>
    </message>
    <message>
        <source>moves</source>
        <comment>one hand does it</comment>
        <translation>bewegt sich</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <comment>not a whole number</comment>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>passes of a stroke</comment>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
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
        <translation>{direction} vom Bereich „{start}“ in den Bereich „{end}“</translation>
    </message>
    <message>
        <source>{direction} along the {zone:lower}</source>
        <translation>{direction} am Bereich „{zone}“ entlang</translation>
    </message>
    <message>
        <source>{way} over the {zone:lower}</source>
        <translation>{way} über den Bereich „{zone}“</translation>
    </message>
    <message>
        <source>{way} into the {zone:lower}</source>
        <translation>{way} in den Bereich „{zone}“</translation>
    </message>
    <message>
        <source>from the {zone:lower} {legs}</source>
        <translation>vom Bereich „{zone}“ aus {legs}</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the legs of a stroke&apos;s way</comment>
        <translation>, dann </translation>
    </message>
    <message>
        <source>{way}, back to where it began</source>
        <translation>{way}, zurück zum Ausgangspunkt</translation>
    </message>
    <message>
        <source>each pass takes about {seconds}, {passes}</source>
        <translation>jeder Durchgang dauert etwa {seconds}, {passes}</translation>
    </message>
    <message>
        <source>{hands} {verb} {way}; {tempo}.</source>
        <translation>{hands} {verb} {way}; {tempo}.</translation>
    </message>
</context>
<context>
    <name>StrokesText</name>
    <message>
        <source>▶ Play</source>
        <comment>button: play the strokes</comment>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>button: pause the strokes</comment>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Space on the map or F8 plays and pauses; Shift+F8 steps; Esc clears.</source>
        <translation>Leertaste auf der Karte oder F8 spielt ab und pausiert; Umschalt+F8 geht schrittweise; Esc blendet aus.</translation>
    </message>
    <message>
        <source>Strokes of {technique} on the map.</source>
        <translation>Striche von {technique} auf der Karte.</translation>
    </message>
    <message>
        <source>No strokes of {technique} are drawn on this view of the body.</source>
        <translation>Für diese Ansicht des Körpers sind keine Striche von {technique} gezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The strokes&lt;/b&gt; ({view:lower})</source>
        <comment>rich text: keep the &lt;b&gt; marks</comment>
        <translation>&lt;b&gt;Die Striche&lt;/b&gt; ({view})</translation>
    </message>
    <message>
        <source>On the way:</source>
        <translation>Unterwegs:</translation>
    </message>
    <message>
        <source>Drawn on the map now.</source>
        <translation>Jetzt auf der Karte gezeichnet.</translation>
    </message>
    <message>
        <source>▶ Show the strokes on the map</source>
        <translation>▶ Striche auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Ready: press Play to watch the hands move at the real pace.</source>
        <translation>Bereit: Drücke Abspielen, um die Hände im echten Tempo zu sehen.</translation>
    </message>
    <message>
        <source>Done: all {time} played. Play starts again.</source>
        <translation>Fertig: alle {time} abgespielt. Abspielen beginnt von vorn.</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Läuft: Strich {stroke} von {strokes}, Durchgang {pass} von {passes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>Läuft: Strich {stroke} von {strokes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Läuft: der Strich, Durchgang {pass} von {passes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke · {elapsed} of {total}</source>
        <translation>Läuft: der Strich · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Pausiert: Strich {stroke} von {strokes}, Durchgang {pass} von {passes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>Pausiert: Strich {stroke} von {strokes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Pausiert: der Strich, Durchgang {pass} von {passes} · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke · {elapsed} of {total}</source>
        <translation>Pausiert: der Strich · {elapsed} von {total}</translation>
    </message>
    <message>
        <source>Strokes on the map</source>
        <translation>Striche auf der Karte</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement (F8; Space on the map)</source>
        <translation>Die Bewegung der Hände abspielen oder anhalten (F8; Leertaste auf der Karte)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <comment>button: the next stroke</comment>
        <translation>Schritt ▸</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke (Shift+F8)</source>
        <translation>Anhalten und zum nächsten Durchgang oder Strich gehen (Umschalt+F8)</translation>
    </message>
    <message>
        <source>✕ Clear</source>
        <comment>button: strokes off</comment>
        <translation>✕ Ausblenden</translation>
    </message>
    <message>
        <source>Take the strokes off the map (Esc on the map)</source>
        <translation>Die Striche von der Karte nehmen (Esc auf der Karte)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>read out: play the strokes</comment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: the next stroke</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Clear the strokes</source>
        <translation>Striche ausblenden</translation>
    </message>
    <message>
        <source>Play St&amp;rokes</source>
        <translation>S&amp;triche abspielen</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement of the technique drawn on the map</source>
        <translation>Die Handbewegung der auf der Karte gezeichneten Technik abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Step Through Stro&amp;kes</source>
        <translation>Striche schr&amp;ittweise</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke</source>
        <translation>Anhalten und zum nächsten Durchgang oder Strich gehen</translation>
    </message>
    <message>
        <source>Cl&amp;ear Strokes</source>
        <translation>Striche &amp;ausblenden</translation>
    </message>
    <message>
        <source>Take the technique&apos;s strokes off the map</source>
        <translation>Die Striche der Technik von der Karte nehmen</translation>
    </message>
    <message>
        <source>{technique} has no strokes drawn on the {view:lower}.</source>
        <translation>Für {technique} sind in der {view} keine Striche gezeichnet.</translation>
    </message>
    <message>
        <source>On the map: {technique}</source>
        <translation>Auf der Karte: {technique}</translation>
    </message>
    <message>
        <source>Strokes of {technique} drawn on the map. Space or F8 plays them.</source>
        <translation>Striche von {technique} auf der Karte gezeichnet. Leertaste oder F8 spielt sie ab.</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>read out: pause the strokes</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause St&amp;rokes</source>
        <translation>S&amp;triche anhalten</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
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
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
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
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereText</name>
    <message>
        <source>the knob at the base of the skull</source>
        <translation>dem Knochenhöcker am Schädelansatz</translation>
    </message>
    <message>
        <source>the bony knob behind the ear</source>
        <translation>dem Knochenvorsprung hinter dem Ohr</translation>
    </message>
    <message>
        <source>the bony bump at the base of the neck</source>
        <translation>dem Knochenhöcker am Halsansatz</translation>
    </message>
    <message>
        <source>the tip of the shoulder</source>
        <translation>der Schulterspitze</translation>
    </message>
    <message>
        <source>the upper corner of the shoulder blade</source>
        <translation>dem oberen Winkel des Schulterblatts</translation>
    </message>
    <message>
        <source>the inner end of the shoulder blade&apos;s ridge</source>
        <translation>dem inneren Ende der Schulterblattgräte</translation>
    </message>
    <message>
        <source>the lower tip of the shoulder blade</source>
        <translation>der unteren Spitze des Schulterblatts</translation>
    </message>
    <message>
        <source>the lowest rib</source>
        <translation>der untersten Rippe</translation>
    </message>
    <message>
        <source>the top of the hip bone</source>
        <translation>der Oberkante des Hüftknochens</translation>
    </message>
    <message>
        <source>the dimple above the buttock</source>
        <translation>dem Grübchen über dem Gesäß</translation>
    </message>
    <message>
        <source>the bony point at the side of the hip</source>
        <translation>dem Knochenvorsprung seitlich an der Hüfte</translation>
    </message>
    <message>
        <source>the sitting bone</source>
        <translation>dem Sitzbeinhöcker</translation>
    </message>
    <message>
        <source>the tip of the elbow</source>
        <translation>der Ellenbogenspitze</translation>
    </message>
    <message>
        <source>the wrist</source>
        <translation>dem Handgelenk</translation>
    </message>
    <message>
        <source>the crease at the back of the knee</source>
        <translation>der Falte in der Kniekehle</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>der Ferse</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>dem Kinn</translation>
    </message>
    <message>
        <source>the notch at the top of the breastbone</source>
        <translation>der Kerbe oben am Brustbein</translation>
    </message>
    <message>
        <source>the collarbone</source>
        <translation>dem Schlüsselbein</translation>
    </message>
    <message>
        <source>the nipple</source>
        <translation>der Brustwarze</translation>
    </message>
    <message>
        <source>the lower tip of the breastbone</source>
        <translation>der unteren Spitze des Brustbeins</translation>
    </message>
    <message>
        <source>the navel</source>
        <translation>dem Bauchnabel</translation>
    </message>
    <message>
        <source>the bony point at the front of the hip</source>
        <translation>dem Knochenvorsprung vorn an der Hüfte</translation>
    </message>
    <message>
        <source>the pubic bone</source>
        <translation>dem Schambein</translation>
    </message>
    <message>
        <source>the crease of the elbow</source>
        <translation>der Ellenbeuge</translation>
    </message>
    <message>
        <source>the kneecap</source>
        <translation>der Kniescheibe</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>Hinterkopf</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>mid-back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>back of the left shoulder</source>
        <translation>Rückseite der linken Schulter</translation>
    </message>
    <message>
        <source>back of the right shoulder</source>
        <translation>Rückseite der rechten Schulter</translation>
    </message>
    <message>
        <source>back of the left upper arm</source>
        <translation>Rückseite des linken Oberarms</translation>
    </message>
    <message>
        <source>back of the right upper arm</source>
        <translation>Rückseite des rechten Oberarms</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>linker Ellenbogen</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>rechter Ellenbogen</translation>
    </message>
    <message>
        <source>back of the left forearm</source>
        <translation>Rückseite des linken Unterarms</translation>
    </message>
    <message>
        <source>back of the right forearm</source>
        <translation>Rückseite des rechten Unterarms</translation>
    </message>
    <message>
        <source>back of the left hand</source>
        <translation>linker Handrücken</translation>
    </message>
    <message>
        <source>back of the right hand</source>
        <translation>rechter Handrücken</translation>
    </message>
    <message>
        <source>back of the left thigh</source>
        <translation>Rückseite des linken Oberschenkels</translation>
    </message>
    <message>
        <source>back of the right thigh</source>
        <translation>Rückseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <source>back of the left knee</source>
        <translation>linke Kniekehle</translation>
    </message>
    <message>
        <source>back of the right knee</source>
        <translation>rechte Kniekehle</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>linke Wade</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>rechte Wade</translation>
    </message>
    <message>
        <source>left heel</source>
        <translation>linke Ferse</translation>
    </message>
    <message>
        <source>right heel</source>
        <translation>rechte Ferse</translation>
    </message>
    <message>
        <source>top of the left shoulder</source>
        <translation>Oberseite der linken Schulter</translation>
    </message>
    <message>
        <source>top of the right shoulder</source>
        <translation>Oberseite der rechten Schulter</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>upper belly</source>
        <translation>Oberbauch</translation>
    </message>
    <message>
        <source>lower belly</source>
        <translation>Unterbauch</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>front of the left shoulder</source>
        <translation>Vorderseite der linken Schulter</translation>
    </message>
    <message>
        <source>front of the right shoulder</source>
        <translation>Vorderseite der rechten Schulter</translation>
    </message>
    <message>
        <source>front of the left upper arm</source>
        <translation>Vorderseite des linken Oberarms</translation>
    </message>
    <message>
        <source>front of the right upper arm</source>
        <translation>Vorderseite des rechten Oberarms</translation>
    </message>
    <message>
        <source>inside of the left elbow</source>
        <translation>linke Ellenbeuge</translation>
    </message>
    <message>
        <source>inside of the right elbow</source>
        <translation>rechte Ellenbeuge</translation>
    </message>
    <message>
        <source>inside of the left forearm</source>
        <translation>Innenseite des linken Unterarms</translation>
    </message>
    <message>
        <source>inside of the right forearm</source>
        <translation>Innenseite des rechten Unterarms</translation>
    </message>
    <message>
        <source>left palm</source>
        <translation>linke Handfläche</translation>
    </message>
    <message>
        <source>right palm</source>
        <translation>rechte Handfläche</translation>
    </message>
    <message>
        <source>front of the left thigh</source>
        <translation>Vorderseite des linken Oberschenkels</translation>
    </message>
    <message>
        <source>front of the right thigh</source>
        <translation>Vorderseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>linkes Schienbein</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>rechtes Schienbein</translation>
    </message>
    <message>
        <source>top of the left foot</source>
        <translation>linker Fußrücken</translation>
    </message>
    <message>
        <source>top of the right foot</source>
        <translation>rechter Fußrücken</translation>
    </message>
    <message>
        <source>a finger&apos;s width</source>
        <translation>einen Querfinger</translation>
    </message>
    <message>
        <source>two fingers&apos; widths</source>
        <translation>zwei Querfinger</translation>
    </message>
    <message>
        <source>three fingers&apos; widths</source>
        <translation>drei Querfinger</translation>
    </message>
    <message>
        <source>a hand&apos;s width</source>
        <translation>eine Handbreit</translation>
    </message>
    <message>
        <source>a hand and a half</source>
        <translation>anderthalb Handbreit</translation>
    </message>
    <message>
        <source>two and a half hands&apos; widths</source>
        <translation>zweieinhalb Handbreit</translation>
    </message>
    <message>
        <source>three and a half hands&apos; widths</source>
        <translation>dreieinhalb Handbreit</translation>
    </message>
    <message>
        <source>four and a half hands&apos; widths</source>
        <translation>viereinhalb Handbreit</translation>
    </message>
    <message>
        <source>{number} and a half hands&apos; widths</source>
        <translation>{number},5 Handbreit</translation>
    </message>
    <message>
        <source>two hands&apos; widths</source>
        <translation>zwei Handbreit</translation>
    </message>
    <message>
        <source>three hands&apos; widths</source>
        <translation>drei Handbreit</translation>
    </message>
    <message>
        <source>four hands&apos; widths</source>
        <translation>vier Handbreit</translation>
    </message>
    <message>
        <source>{number} hands&apos; widths</source>
        <translation>{number} Handbreit</translation>
    </message>
    <message>
        <source>{widths} from the spine</source>
        <translation>{widths} neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>{widths} from the centre line</source>
        <translation>{widths} neben der Mittellinie</translation>
    </message>
    <message>
        <source>level with {landmark}</source>
        <translation>auf gleicher Höhe mit {landmark}</translation>
    </message>
    <message>
        <source>just below {landmark}</source>
        <translation>knapp unter {landmark}</translation>
    </message>
    <message>
        <source>just above {landmark}</source>
        <translation>knapp über {landmark}</translation>
    </message>
    <message>
        <source>between {upper} and {lower}</source>
        <comment>two landmarks, the upper one first</comment>
        <translation>zwischen {upper} und {lower}</translation>
    </message>
    <message>
        <source>below {landmark}</source>
        <translation>unterhalb von {landmark}</translation>
    </message>
    <message>
        <source>above {landmark}</source>
        <translation>oberhalb von {landmark}</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>außerhalb des Körpers</translation>
    </message>
    <message>
        <source>on the {part}</source>
        <comment>a part of a limb, named with its side</comment>
        <translation>{part}</translation>
    </message>
    <message>
        <source>across the middle of the {region}</source>
        <translation>{region}, quer über die Mitte</translation>
    </message>
    <message>
        <source>in the middle of the {region}</source>
        <translation>{region}, in der Mitte</translation>
    </message>
    <message>
        <source>on the left side of the {region}</source>
        <translation>{region}, linke Seite</translation>
    </message>
    <message>
        <source>on the right side of the {region}</source>
        <translation>{region}, rechte Seite</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the pieces of a description</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{where}; it reaches from the {top} down to the {bottom}</source>
        <translation>{where}; reicht von „{top}“ bis „{bottom}“</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <source>Safety &amp;Colours</source>
        <translation>Sicherheits&amp;farben</translation>
    </message>
    <message>
        <source>Fill zones by safety level (patterns stay on, so the map reads in black and white)</source>
        <translation>Bereiche nach Sicherheitsstufe füllen (die Muster bleiben, so ist die Karte auch in Schwarz-Weiß lesbar)</translation>
    </message>
    <message>
        <source>Zone &amp;Labels</source>
        <translation>Bereichs&amp;namen</translation>
    </message>
    <message>
        <source>Write each zone&apos;s name on the map</source>
        <translation>Den Namen jedes Bereichs auf die Karte schreiben</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>&amp;Knochenpunkte</translation>
    </message>
    <message>
        <source>Show the bony landmarks the zones are drawn from</source>
        <translation>Die tastbaren Knochenpunkte zeigen, nach denen die Bereiche gezeichnet sind</translation>
    </message>
    <message>
        <source>&amp;Guide Lines</source>
        <translation>&amp;Leitlinien</translation>
    </message>
    <message>
        <source>Dashed lines to follow with the fingers, such as the ridge that runs out from the skull&apos;s base to the point of the shoulder</source>
        <translation>Gestrichelte Linien, denen die Finger folgen, etwa die Kante vom Schädelansatz bis zur Schulterspitze</translation>
    </message>
    <message>
        <source>&amp;Pressure Points</source>
        <translation>&amp;Druckpunkte</translation>
    </message>
    <message>
        <source>The point between spine and shoulder blade that takes firm, slow thumb pressure</source>
        <translation>Der Punkt zwischen Wirbelsäule und Schulterblatt, der kräftigen, langsamen Daumendruck verträgt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Rückansicht</translation>
    </message>
    <message>
        <source>Show the body seen from the back</source>
        <translation>Den Körper von hinten zeigen</translation>
    </message>
    <message>
        <source>{title}: seen from the back.</source>
        <translation>{title}: von hinten gesehen.</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>Rückansicht</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorderansicht</translation>
    </message>
    <message>
        <source>Show the body seen from the front</source>
        <translation>Den Körper von vorne zeigen</translation>
    </message>
    <message>
        <source>{title}: seen from the front.</source>
        <translation>{title}: von vorne gesehen.</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>&amp;{view}</source>
        <comment>a view&apos;s menu entry, named from its id</comment>
        <translation>&amp;{view}</translation>
    </message>
    <message>
        <source>Show the body seen from the {view}</source>
        <comment>a view named from its id</comment>
        <translation>Den Körper aus der Ansicht {view} zeigen</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named from its id</comment>
        <translation>Ansicht {view}</translation>
    </message>
    <message>
        <source>Restart Massage Trainer?</source>
        <translation>Massage Trainer neu starten?</translation>
    </message>
    <message>
        <source>Massage Trainer shows the language you chose once it starts again. Restart now? Your settings and progress are saved first.</source>
        <translation>Massage Trainer zeigt die gewählte Sprache, sobald es neu startet. Jetzt neu starten? Deine Einstellungen und dein Fortschritt werden vorher gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Zone &amp;Info</source>
        <comment>the side tab</comment>
        <translation>Bereichs&amp;info</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <comment>the side tab</comment>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <comment>the system&apos;s language</comment>
        <translation>&amp;Systemstandard ({language})</translation>
    </message>
    <message>
        <source>The new language shows the next time Massage Trainer starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Massage Trainer.</translation>
    </message>
    <message>
        <source>Massage Trainer could not start again: the new language shows the next time you start it.</source>
        <translation>Massage Trainer konnte nicht neu starten: Die neue Sprache erscheint, wenn du es das nächste Mal startest.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Zone Set…</source>
        <translation>Bereichsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load another zone file</source>
        <translation>Eine andere Bereichsdatei laden</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Views</source>
        <translation>&amp;Mitgelieferte Ansichten öffnen</translation>
    </message>
    <message>
        <source>Go back to the built-in views of the body</source>
        <translation>Zu den mitgelieferten Ansichten des Körpers zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>the toolbar&apos;s name</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Turn the Body Over</source>
        <translation>Körper &amp;umdrehen</translation>
    </message>
    <message>
        <source>Show the next view of the body (back, front, ...)</source>
        <translation>Die nächste Ansicht des Körpers zeigen (hinten, vorne …)</translation>
    </message>
    <message>
        <source>Anatomy La&amp;yers</source>
        <translation>Anatomie-&amp;Schichten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (or use the mouse wheel, or pinch)</source>
        <translation>Vergrößern (oder mit dem Mausrad oder zwei Fingern)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <comment>tip</comment>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Body to Window</source>
        <translation>Körper ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Den ganzen Körper zeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <comment>the menu</comment>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Next Zone</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move to the next zone, head to feet</source>
        <translation>Zum nächsten Bereich gehen, vom Kopf zu den Füßen</translation>
    </message>
    <message>
        <source>&amp;Previous Zone</source>
        <translation>&amp;Voriger Bereich</translation>
    </message>
    <message>
        <source>Move to the previous zone</source>
        <translation>Zum vorigen Bereich gehen</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Rules and When Not to Massage</source>
        <translation>&amp;Regeln und wann nicht massieren</translation>
    </message>
    <message>
        <source>The general rules, the reasons not to massage, and the order of a session</source>
        <translation>Die allgemeinen Regeln, die Gründe gegen eine Massage und die Reihenfolge einer Sitzung</translation>
    </message>
    <message>
        <source>Next &amp;Area of the Window</source>
        <translation>Nächster Fenster&amp;teil</translation>
    </message>
    <message>
        <source>Move the focus to the map, the side panel or the tabs</source>
        <translation>Den Fokus auf die Karte, die Seitenleiste oder die Reiter setzen</translation>
    </message>
    <message>
        <source>Previous Area of the &amp;Window</source>
        <translation>Voriger &amp;Fensterteil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;Welcome</source>
        <translation>&amp;Willkommen zeigen</translation>
    </message>
    <message>
        <source>The three things to do first</source>
        <translation>Die drei ersten Schritte</translation>
    </message>
    <message>
        <source>&amp;About Massage Trainer</source>
        <translation>Ü&amp;ber Massage Trainer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open E&amp;xam…</source>
        <translation>P&amp;rüfung öffnen…</translation>
    </message>
    <message>
        <source>Sit an exam file from your instructor</source>
        <translation>Eine Prüfungsdatei deiner Lehrkraft ablegen</translation>
    </message>
    <message>
        <source>Open Class &amp;Results…</source>
        <translation>&amp;Klassenergebnisse öffnen…</translation>
    </message>
    <message>
        <source>See how a class did: results files of one exam, or a folder of them</source>
        <translation>Sehen, wie eine Klasse abgeschnitten hat: Ergebnisdateien einer Prüfung oder ein Ordner davon</translation>
    </message>
    <message>
        <source>Export &amp;Anki Deck…</source>
        <translation>Anki-Stapel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the zones of every view as an Anki deck, to learn them on a phone</source>
        <translation>Die Bereiche aller Ansichten als Anki-Stapel speichern, um sie auf dem Handy zu lernen</translation>
    </message>
    <message numerus="yes">
        <source>Draw the {layer:lower} that lie under the skin (%n in this view)</source>
        <translation>
            <numerusform>{layer} unter der Haut einzeichnen (%n in dieser Ansicht)</numerusform>
            <numerusform>{layer} unter der Haut einzeichnen (%n in dieser Ansicht)</numerusform>
        </translation>
    </message>
    <message>
        <source>The map keeps its quiz look until the quiz ends or you leave the Quiz tab.</source>
        <translation>Die Karte behält ihr Quiz-Aussehen, bis das Quiz endet oder du den Reiter Quiz verlässt.</translation>
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
            <numerusform>{title}: %n Bereich. Zeige mit der Maus darauf, um Namen zu sehen; klicke, um mehr zu erfahren.</numerusform>
            <numerusform>{title}: %n Bereiche. Zeige mit der Maus darauf, um Namen zu sehen; klicke, um mehr zu erfahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the view</source>
        <translation>Die Ansicht lässt sich nicht zeigen</translation>
    </message>
    <message>
        <source>{title}: seen from the {view}.</source>
        <comment>a view named from its id</comment>
        <translation>{title}: Ansicht {view}.</translation>
    </message>
    <message numerus="yes">
        <source>The {view:lower} ({file}) has %n problem(s), so the current view stays. Fix these and try again:</source>
        <translation>
            <numerusform>Die {view} ({file}) hat %n Problem, daher bleibt die aktuelle Ansicht. Behebe es und versuche es erneut:</numerusform>
            <numerusform>Die {view} ({file}) hat %n Probleme, daher bleibt die aktuelle Ansicht. Behebe sie und versuche es erneut:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>Die Bereichsdatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The current zone set stays open.</source>
        <translation>Die aktuelle Bereichsdatei bleibt geöffnet.</translation>
    </message>
    <message>
        <source>open the file again</source>
        <comment>what to do once the file is fixed</comment>
        <translation>öffne die Datei erneut</translation>
    </message>
    <message>
        <source>Selected: {zone} ({side}) – {safety}</source>
        <translation>Ausgewählt: {zone} ({side}) – {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone} – {safety}</source>
        <translation>Ausgewählt: {zone} – {safety}</translation>
    </message>
    <message>
        <source>That click was beside the body. Click inside the outline to pick a zone.</source>
        <translation>Dieser Klick lag neben dem Körper. Klicke innerhalb des Umrisses, um einen Bereich zu wählen.</translation>
    </message>
</context>
</TS>
