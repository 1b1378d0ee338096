<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutText</name>
    <message>
        <source>The Qt Company and contributors</source>
        <translation>The Qt Company y colaboradores</translation>
    </message>
    <message>
        <source>Sean Gillies and contributors</source>
        <translation>Sean Gillies y colaboradores</translation>
    </message>
    <message>
        <source>NumPy developers</source>
        <translation>desarrolladores de NumPy</translation>
    </message>
    <message>
        <source>Kirill Simonov and Ingy döt Net</source>
        <translation>Kirill Simonov e Ingy döt Net</translation>
    </message>
    <message>
        <source>About Massage Trainer</source>
        <translation>Acerca de Massage Trainer</translation>
    </message>
    <message>
        <source>Learn where to massage on the body, back and front, and where not to.</source>
        <translation>Aprende dónde masajear el cuerpo, por detrás y por delante, y dónde no.</translation>
    </message>
    <message>
        <source>Massage Trainer is free software under the GNU General Public License, version 3 or later. You may share and change it under those terms; it comes with no warranty.</source>
        <translation>Massage Trainer es software libre bajo la GNU General Public License, versión 3 o posterior. Puedes compartirlo y modificarlo en esos términos; se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used as shared libraries under the LGPL-3.0, which lets you replace them with your own build.</source>
        <translation>Qt y PySide6 se usan como bibliotecas compartidas bajo la LGPL-3.0, lo que te permite sustituirlas por tu propia compilación.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de terceros</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who made a component</comment>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Welcome to Massage Trainer</source>
        <translation>Te damos la bienvenida a Massage Trainer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>heading of the welcome</comment>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This map shows the body from behind and from the front (F7 turns it over) in three kinds of zone: &lt;b&gt;target&lt;/b&gt; (work here), &lt;b&gt;caution&lt;/b&gt; (light, broad pressure only) and &lt;b&gt;avoid&lt;/b&gt; (no direct pressure).</source>
        <translation>Este mapa muestra el cuerpo por detrás y por delante (F7 le da la vuelta) con tres tipos de zona: &lt;b&gt;objetivo&lt;/b&gt; (trabaja aquí), &lt;b&gt;precaución&lt;/b&gt; (solo presión suave y amplia) y &lt;b&gt;evitar&lt;/b&gt; (sin presión directa).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explore:&lt;/b&gt; click any zone to learn what it is, why it is safe or not, and which techniques suit it. The arrow keys walk through every zone.</source>
        <translation>&lt;b&gt;Explorar:&lt;/b&gt; haz clic en cualquier zona para saber qué es, por qué es segura o no y qué técnicas le convienen. Las flechas del teclado recorren todas las zonas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz:&lt;/b&gt; the Quiz menu drills finding zones, naming them and telling safe from unsafe, and keeps track of what you still get wrong.</source>
        <translation>&lt;b&gt;Cuestionario:&lt;/b&gt; el menú Cuestionario te entrena para encontrar zonas, nombrarlas y distinguir lo seguro de lo que no lo es, y recuerda en qué sigues fallando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print:&lt;/b&gt; File › Print or Export makes a zone sheet or a worksheet to hand out.</source>
        <translation>&lt;b&gt;Imprimir:&lt;/b&gt; Archivo › Imprimir o Exportar crea una hoja de zonas o una hoja de ejercicios para repartir.</translation>
    </message>
    <message>
        <source>&amp;Show this at start</source>
        <translation>&amp;Mostrar al iniciar</translation>
    </message>
    <message>
        <source>&amp;Start exploring</source>
        <translation>&amp;Empezar a explorar</translation>
    </message>
</context>
<context>
    <name>AnkiExportText</name>
    <message>
        <source>Export Anki Deck</source>
        <translation>Exportar mazo de Anki</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg);;All files (*)</source>
        <translation>Mazos de Anki (*.apkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Anki Deck Exported</source>
        <translation>Mazo de Anki exportado</translation>
    </message>
    <message>
        <source>Painting the cards…</source>
        <translation>Dibujando las tarjetas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing the deck…</source>
        <translation>Escribiendo el mazo…</translation>
    </message>
    <message>
        <source>Cannot export the deck</source>
        <translation>No se puede exportar el mazo</translation>
    </message>
    <message numerus="yes">
        <source>A view has %n problem(s). No deck was written. Fix the file and export again:</source>
        <translation>
            <numerusform>Una vista tiene %n problema. No se ha escrito ningún mazo. Corrige el archivo y vuelve a exportar:</numerusform>
            <numerusform>Una vista tiene %n problemas. No se ha escrito ningún mazo. Corrige el archivo y vuelve a exportar:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Anki export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación a Anki; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>No se pudo escribir {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {cards} with {pictures} ({views}). Open it in Anki with File &gt; Import; importing a newer export later updates these cards instead of adding copies.</source>
        <translation>Se ha escrito {file}: {cards} con {pictures} ({views}). Ábrelo en Anki con Archivo &gt; Importar; importar más adelante una exportación más reciente actualiza estas tarjetas en lugar de añadir copias.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({cards})</source>
        <translation>Se ha escrito {file} ({cards})</translation>
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
        <translation>vuelve a abrirlo con Archivo &gt; Abrir conjunto de zonas…</translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>No se puede abrir el conjunto de zonas</translation>
    </message>
    <message>
        <source>The zone file</source>
        <translation>El archivo de zonas</translation>
    </message>
    <message>
        <source>The built-in back view is open instead.</source>
        <translation>En su lugar está abierta la vista posterior incluida.</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>indica --zones o --view, no ambos</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>no hay ninguna vista {view}; las vistas son: {views}</translation>
    </message>
    <message>
        <source>no zone {zone} in this zone set</source>
        <translation>no hay ninguna zona {zone} en este conjunto de zonas</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>wrote {file} ({width}x{height})</source>
        <comment>a picture&apos;s size in pixels</comment>
        <translation>escrito {file} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>BodyMapText</name>
    <message>
        <source>Person’s left</source>
        <translation>izquierda (de la persona)</translation>
    </message>
    <message>
        <source>Person’s right</source>
        <translation>derecha (de la persona)</translation>
    </message>
    <message>
        <source>press firmly and slowly with the thumb, then let go</source>
        <translation>presiona con el pulgar, firme y despacio, y luego suelta</translation>
    </message>
    <message>
        <source>Trigger-point cluster</source>
        <translation>Grupo de puntos gatillo</translation>
    </message>
    <message>
        <source>knots often gather here and send an ache up the neck towards the head; hold steady thumb pressure until it softens</source>
        <translation>aquí suelen acumularse nudos que mandan un dolor cuello arriba hacia la cabeza; mantén una presión constante con el pulgar hasta que ceda</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>the person&apos;s left</comment>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>the person&apos;s right</comment>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Body map, {view:lower}</source>
        <translation>Mapa del cuerpo, {view:lower}</translation>
    </message>
    <message>
        <source>No zone selected. The arrow keys move between zones, Home and End go to the first and last, Enter selects.</source>
        <translation>Ninguna zona seleccionada. Las flechas pasan de una zona a otra, Inicio y Fin van a la primera y a la última, Intro selecciona.</translation>
    </message>
    <message>
        <source>Selected: {zone}, {side}, {safety}</source>
        <translation>Seleccionada: {zone}, {side}, {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone}, {safety}</source>
        <translation>Seleccionada: {zone}, {safety}</translation>
    </message>
    <message>
        <source>Selected.</source>
        <translation>Seleccionada.</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Punto de presión</translation>
    </message>
    <message>
        <source>dashed line: follow it with the fingers</source>
        <translation>línea discontinua: síguela con los dedos</translation>
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
        <translation>Debajo: {structure} ({layer})</translation>
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
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <comment>the calendar&apos;s key: days with more answers</comment>
        <translation>más</translation>
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
        <translation>Aún no hay respuestas registradas en esta vista. Cada respuesta de un cuestionario se guarda y se cuenta aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least {least} answers.</source>
        <translation>
            <numerusform>Racha: %n día seguido con al menos {least} respuestas.</numerusform>
            <numerusform>Racha: %n días seguidos con al menos {least} respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} on {days}, {percent} right. {streak}</source>
        <translation>{answers} en {days}, {percent} correctas. {streak}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>Ninguna respuesta en el último %n día.</numerusform>
            <numerusform>Ninguna respuesta en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last {shown}: {answers} on {days}, {percent} right; most on {day}.</source>
        <translation>En {shown}: {answers} en {days}, {percent} correctas; el día con más, el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the last days shown</comment>
        <translation>
            <numerusform>el último %n día</numerusform>
            <numerusform>los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No safety mistakes so far.</source>
        <translation>Por ahora, ningún error de seguridad.</translation>
    </message>
    <message>
        <source>{mistakes} in all, {recent} of them in the last {days}.</source>
        <translation>{mistakes} en total, {recent} de ellos en {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n error de seguridad</numerusform>
            <numerusform>%n errores de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <source>{studied} in all, {full} of them with at least {least} answers.</source>
        <translation>{studied} en total, {full} de ellos con al menos {least} respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%n study day(s)</source>
        <translation>
            <numerusform>%n día de estudio</numerusform>
            <numerusform>%n días de estudio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{asked}: answered with {instead} %n time(s)</source>
        <translation>
            <numerusform>{asked}: respondida con {instead} %n vez</numerusform>
            <numerusform>{asked}: respondida con {instead} %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>{report}: {view}</source>
        <comment>the report&apos;s title, then the view&apos;s</comment>
        <translation>{report}: {view}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Tiempo medio</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s)</source>
        <translation>
            <numerusform>Respuestas por día, último %n día</numerusform>
            <numerusform>Respuestas por día, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {date}. Massage Trainer {version}.</source>
        <translation>A fecha de {date}. Massage Trainer {version}.</translation>
    </message>
    <message>
        <source>Bars: answers on the day (left scale). Line: the share right (right scale).</source>
        <translation>Barras: respuestas del día (escala izquierda). Línea: proporción de aciertos (escala derecha).</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Días de estudio</translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Errores de seguridad por día, último %n día</numerusform>
            <numerusform>Errores de seguridad por día, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Cada zona</translation>
    </message>
    <message>
        <source>No area asked yet.</source>
        <translation>Aún no se ha preguntado ninguna zona.</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Confundidas a menudo</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Aún no se ha confundido ninguna zona con otra.</translation>
    </message>
    <message>
        <source>{report} – {view}</source>
        <comment>the report file&apos;s title</comment>
        <translation>{report} – {view}</translation>
    </message>
    <message>
        <source>the report could not be opened for writing</source>
        <translation>no se pudo abrir el informe para escribir</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Errores de seguridad por día</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
</context>
<context>
    <name>ClassSummaryText</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntadas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Falladas</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>Falladas %</translation>
    </message>
    <message>
        <source>Safety mistakes</source>
        <translation>Errores de seguridad</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>{score} of {planned}</source>
        <translation>{score} de {planned}</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the learner&apos;s time ran out</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>No results file of this exam was counted.</source>
        <translation>No se ha contado ningún archivo de resultados de este examen.</translation>
    </message>
    <message>
        <source>{learners}, mean score {mean}, {mistakes} in all.</source>
        <translation>{learners}, puntuación media {mean}, {mistakes} en total.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n error de seguridad</numerusform>
            <numerusform>%n errores de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more zone(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… y %n zona más: la exportación CSV las incluye todas.</numerusform>
            <numerusform>… y %n zonas más: la exportación CSV las incluye todas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more learner(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… y %n estudiante más: la exportación CSV los incluye a todos.</numerusform>
            <numerusform>… y %n estudiantes más: la exportación CSV los incluye a todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… y %n archivo más: la exportación CSV los incluye todos.</numerusform>
            <numerusform>… y %n archivos más: la exportación CSV los incluye todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>ningún examen</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Resultados de la clase: {exam}</translation>
    </message>
    <message>
        <source>Printed on {date}.</source>
        <translation>Impreso el {date}.</translation>
    </message>
    <message>
        <source>Zones missed, safety mistakes first</source>
        <translation>Zonas falladas, primero los errores de seguridad</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Files left out ({count})</source>
        <translation>Archivos descartados ({count})</translation>
    </message>
    <message>
        <source>None: every file was counted.</source>
        <translation>Ninguno: se contaron todos los archivos.</translation>
    </message>
    <message>
        <source>Massage Trainer {version}. Each results file carries a checksum: it catches damaged files and casual edits, not a learner set on forging one.</source>
        <translation>Massage Trainer {version}. Cada archivo de resultados lleva una suma de comprobación: detecta archivos dañados y retoques casuales, no a quien se empeñe en falsificarlo.</translation>
    </message>
</context>
<context>
    <name>ClassWindowText</name>
    <message>
        <source>Open Class Results</source>
        <translation>Abrir resultados de la clase</translation>
    </message>
    <message>
        <source>Open the results files your learners handed in.</source>
        <translation>Abre los archivos de resultados que te entregaron tus alumnos.</translation>
    </message>
    <message>
        <source>Choose some files, or a whole folder: every .json file in it is read.</source>
        <translation>Elige algunos archivos o una carpeta entera: se lee cada archivo .json que contenga.</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Elegir &amp;archivos…</translation>
    </message>
    <message>
        <source>Choose a F&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open Results Files</source>
        <translation>Abrir archivos de resultados</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Resultados de examen (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Results</source>
        <translation>Abrir una carpeta de resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Print Class Summary: {exam}</source>
        <translation>Imprimir resumen de la clase: {exam}</translation>
    </message>
    <message>
        <source>{exam} – class results</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{exam} – resultados de la clase</translation>
    </message>
    <message>
        <source>The class summary could not be printed:</source>
        <translation>No se pudo imprimir el resumen de la clase:</translation>
    </message>
    <message>
        <source>Missed by</source>
        <translation>Fallada por</translation>
    </message>
    <message>
        <source>Zones, safety mistakes first</source>
        <translation>Zonas, errores de seguridad primero</translation>
    </message>
    <message>
        <source>File</source>
        <comment>a column: the results file</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Archivos descartados</translation>
    </message>
    <message>
        <source>By &amp;Zone</source>
        <translation>Por &amp;zona</translation>
    </message>
    <message>
        <source>By &amp;Learner</source>
        <translation>Por &amp;alumno</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file</source>
        <translation>Guarda la tabla mostrada como archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <source>A one-page summary, through the print preview</source>
        <translation>Un resumen de una página, mediante la vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Left &amp;Out</source>
        <translation>&amp;Descartados</translation>
    </message>
    <message>
        <source>Left &amp;Out ({count})</source>
        <comment>the number of files left out</comment>
        <translation>&amp;Descartados ({count})</translation>
    </message>
    <message>
        <source>no exam</source>
        <translation>ningún examen</translation>
    </message>
    <message>
        <source>Class Results: {exam} – Massage Trainer</source>
        <translation>Resultados de la clase: {exam} – Massage Trainer</translation>
    </message>
    <message>
        <source>Class results: {exam}</source>
        <translation>Resultados de la clase: {exam}</translation>
    </message>
    <message>
        <source>Every file was counted.</source>
        <translation>Se contaron todos los archivos.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out: see Left Out.</source>
        <translation>
            <numerusform>%n archivo descartado: mira Descartados.</numerusform>
            <numerusform>%n archivos descartados: mira Descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety mistakes here: answers less careful than the zone needs</source>
        <translation>Errores de seguridad aquí: respuestas menos prudentes de lo que la zona exige</translation>
    </message>
    <message>
        <source>Export the Learners Table as CSV</source>
        <translation>Exportar la tabla de alumnos como CSV</translation>
    </message>
    <message>
        <source>Export the Zones Table as CSV</source>
        <translation>Exportar la tabla de zonas como CSV</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation>No guardado: no se pudo escribir {file} ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>The learners table is saved to {file}.</source>
        <translation>La tabla de alumnos se ha guardado en {file}.</translation>
    </message>
    <message>
        <source>The zones table is saved to {file}.</source>
        <translation>La tabla de zonas se ha guardado en {file}.</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>{file}: ok: {routines}, {steps}</source>
        <translation>{file}: correcto: {routines}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {techniques} in {families}</source>
        <translation>{file}: correcto: {techniques} en {families}</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n técnica</numerusform>
            <numerusform>%n técnicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n familia</numerusform>
            <numerusform>%n familias</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {rules}, {contraindications}, {steps}</source>
        <translation>{file}: correcto: {rules}, {contraindications}, {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n contraindicación</numerusform>
            <numerusform>%n contraindicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session step(s)</source>
        <translation>
            <numerusform>%n paso de la sesión</numerusform>
            <numerusform>%n pasos de la sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {zones}, {landmarks}, body coverage {coverage}</source>
        <translation>{file}: correcto: {zones}, {landmarks}, cobertura del cuerpo {coverage}</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n landmark(s)</source>
        <translation>
            <numerusform>%n punto de referencia</numerusform>
            <numerusform>%n puntos de referencia</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: {views} ({names})</source>
        <translation>{file}: correcto: {views} ({names})</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vista</numerusform>
            <numerusform>%n vistas</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): the texts are written in it.</source>
        <translation>{language} ({code}): los textos están escritos en este idioma.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: there is no such file yet: the %n text(s) of {source} are shown in English</source>
        <translation>
            <numerusform>{file}: este archivo todavía no existe: el %n texto de {source} se muestra en inglés</numerusform>
            <numerusform>{file}: este archivo todavía no existe: los %n textos de {source} se muestran en inglés</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}: not translated yet (shown in English)</source>
        <translation>{text}: sin traducir todavía (se muestra en inglés)</translation>
    </message>
    <message>
        <source>interface: {text}: not translated yet (shown in English)</source>
        <translation>interfaz: {text}: sin traducir todavía (se muestra en inglés)</translation>
    </message>
    <message>
        <source>interface: there is no {file} yet: every text of the window is shown in English</source>
        <translation>interfaz: todavía no existe {file}: todos los textos de la ventana se muestran en inglés</translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): there are problems (above to fix); %n text(s) not translated yet.</source>
        <translation>
            <numerusform>{language} ({code}): hay problemas (arriba, por corregir); falta traducir %n texto.</numerusform>
            <numerusform>{language} ({code}): hay problemas (arriba, por corregir); faltan por traducir %n textos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): %n text(s) not translated yet, shown in English.</source>
        <translation>
            <numerusform>{language} ({code}): falta traducir %n texto; se muestra en inglés.</numerusform>
            <numerusform>{language} ({code}): faltan por traducir %n textos; se muestran en inglés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} ({code}): every text of the content is translated; the window is not.</source>
        <translation>{language} ({code}): todos los textos del contenido están traducidos; la ventana, no.</translation>
    </message>
    <message>
        <source>{language} ({code}): every text is translated.</source>
        <translation>{language} ({code}): todos los textos están traducidos.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>cannot tell the format of {file}: the name must end in .pdf, .png, .svg or .apkg</source>
        <translation>no se sabe el formato de {file}: el nombre debe terminar en .pdf, .png, .svg o .apkg</translation>
    </message>
    <message>
        <source>--dpi must be {low} to {high}, not {dpi}</source>
        <translation>--dpi debe estar entre {low} y {high}, no {dpi}</translation>
    </message>
    <message>
        <source>a diagram image ({suffix}) shows one view: choose one with --view, or write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)</source>
        <translation>una imagen del diagrama ({suffix}) muestra una sola vista: elige una con --view, o escribe todas las vistas en una hoja PDF (.pdf) o en un mazo de Anki (.apkg)</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}; {views}</source>
        <comment>the views of a sheet</comment>
        <translation>{pages}; {views}</translation>
    </message>
    <message>
        <source>{width}x{height} pixels, {dpi} dpi</source>
        <translation>{width}x{height} píxeles, {dpi} ppp</translation>
    </message>
    <message>
        <source>wrote {file} ({what})</source>
        <translation>se ha escrito {file} ({what})</translation>
    </message>
    <message>
        <source>massage-trainer: cannot write {file}: {reason}</source>
        <translation>massage-trainer: no se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>give --zones or --view, not both</source>
        <translation>indica --zones o --view, no ambos</translation>
    </message>
    <message>
        <source>there is no view {view}; the views are: {views}</source>
        <translation>no existe la vista {view}; las vistas son: {views}</translation>
    </message>
    <message>
        <source>the {view} view</source>
        <comment>a view named by its id</comment>
        <translation>la vista {view}</translation>
    </message>
    <message>
        <source>massage-trainer: cannot read the zone set {source}:</source>
        <translation>massage-trainer: no se puede leer el conjunto de zonas {source}:</translation>
    </message>
    <message>
        <source>wrote {file} ({notes}, {cards}, {images}; {views})</source>
        <translation>se ha escrito {file} ({notes}, {cards}, {images}; {views})</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>Anki notes</comment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <comment>Anki cards</comment>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentText</name>
    <message>
        <source>light pressure</source>
        <translation>presión ligera</translation>
    </message>
    <message>
        <source>moderate pressure</source>
        <translation>presión moderada</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>presión firme</translation>
    </message>
    <message>
        <source>pressure varies</source>
        <translation>presión variable</translation>
    </message>
    <message>
        <source>No massage</source>
        <translation>Sin masaje</translation>
    </message>
    <message>
        <source>Do not massage at all</source>
        <translation>No masajear en absoluto</translation>
    </message>
    <message>
        <source>Avoid the area</source>
        <translation>Evitar la zona</translation>
    </message>
    <message>
        <source>Keep away from the affected area</source>
        <translation>Mantente lejos de la zona afectada</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Wait before massaging</source>
        <translation>Espera antes de dar el masaje</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>DeckText</name>
    <message>
        <source>Massage Trainer: zones</source>
        <translation>Massage Trainer: zonas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Front image</source>
        <translation>Imagen del anverso</translation>
    </message>
    <message>
        <source>Back image</source>
        <translation>Imagen del reverso</translation>
    </message>
    <message>
        <source>Which zone is under the dark mask?</source>
        <translation>¿Qué zona hay bajo la máscara oscura?</translation>
    </message>
    <message>
        <source>Massage Trainer: masked zone</source>
        <translation>Massage Trainer: zona oculta</translation>
    </message>
    <message>
        <source>What is under the mask?</source>
        <translation>¿Qué hay bajo la máscara?</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <translation>¿Objetivo, precaución o evitar?</translation>
    </message>
    <message>
        <source>Massage Trainer: target, caution or avoid</source>
        <translation>Massage Trainer: objetivo, precaución o evitar</translation>
    </message>
    <message>
        <source>Target, caution or avoid?</source>
        <comment>the safety card&apos;s name</comment>
        <translation>¿Objetivo, precaución o evitar?</translation>
    </message>
    <message>
        <source>cannot write the card image {name}</source>
        <translation>no se puede escribir la imagen de la tarjeta {name}</translation>
    </message>
    <message>
        <source>Inside it: {zone} — {level}</source>
        <translation>Dentro: {zone} — {level}</translation>
    </message>
    <message>
        <source>Where to work on the body and where not to, from Massage Trainer.</source>
        <translation>Dónde trabajar en el cuerpo y dónde no, de Massage Trainer.</translation>
    </message>
</context>
<context>
    <name>DialogsText</name>
    <message>
        <source>Fix it and {retry}:</source>
        <comment>one problem</comment>
        <translation>Corrígelo y {retry}:</translation>
    </message>
    <message>
        <source>Fix them and {retry}:</source>
        <comment>several problems</comment>
        <translation>Corrígelos y {retry}:</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s). {outcome} {fix}</source>
        <translation>
            <numerusform>{name} tiene %n problema. {outcome} {fix}</numerusform>
            <numerusform>{name} tiene %n problemas. {outcome} {fix}</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Open Zone Set</source>
        <translation>Abrir conjunto de zonas</translation>
    </message>
    <message>
        <source>Zone files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos de zonas (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ErrorsText</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Massage Trainer ran into an unexpected error. Your work and progress are kept and the program carries on. If this keeps happening, please report it with the details below (Copy details puts them on the clipboard). They are also saved in {file}.</source>
        <translation>Massage Trainer ha encontrado un error inesperado. Tu trabajo y tu progreso se conservan y el programa sigue funcionando. Si vuelve a ocurrir, infórmalo con los detalles de abajo (Copiar detalles los pone en el portapapeles). También se guardan en {file}.</translation>
    </message>
</context>
<context>
    <name>ExamFileText</name>
    <message>
        <source>the folder holds no results files (*.json)</source>
        <translation>la carpeta no contiene archivos de resultados (*.json)</translation>
    </message>
    <message>
        <source>from another exam ({exam}, not {counted}); the exam file differs</source>
        <translation>de otro examen ({exam}, no {counted}); el archivo del examen es distinto</translation>
    </message>
    <message>
        <source>a copy of {file}, counted once</source>
        <translation>una copia de {file}, contada una vez</translation>
    </message>
    <message>
        <source>the learner&apos;s name is empty; type a name first</source>
        <translation>el nombre de quien aprende está vacío; escribe primero un nombre</translation>
    </message>
    <message numerus="yes">
        <source>the learner&apos;s name is longer than %n characters</source>
        <translation>
            <numerusform>el nombre tiene más de %n carácter</numerusform>
            <numerusform>el nombre tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is too large to be a results file of this program</source>
        <translation>el archivo es demasiado grande para ser un archivo de resultados de este programa</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>the file is empty; it was damaged or never finished writing</source>
        <translation>el archivo está vacío; se dañó o no se terminó de escribir</translation>
    </message>
    <message>
        <source>damaged: the file is not UTF-8 text</source>
        <translation>dañado: el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>damaged: not valid JSON ({error})</source>
        <translation>dañado: no es JSON válido ({error})</translation>
    </message>
    <message>
        <source>not a results file of this program</source>
        <translation>no es un archivo de resultados de este programa</translation>
    </message>
    <message>
        <source>results format {format} is not supported; this program reads format {supported} (update the program)</source>
        <translation>el formato de resultados {format} no es compatible; este programa lee el formato {supported} (actualiza el programa)</translation>
    </message>
    <message>
        <source>the file has no checksum, so it cannot be trusted</source>
        <translation>el archivo no tiene suma de verificación, así que no es fiable</translation>
    </message>
    <message>
        <source>edited or damaged: the checksum does not match what the file holds</source>
        <translation>editado o dañado: la suma de verificación no coincide con el contenido del archivo</translation>
    </message>
    <message>
        <source>{key} does not agree with the answers it lists</source>
        <translation>{key} no concuerda con las respuestas que enumera</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <comment>a results file: what is wrong with it</comment>
        <translation>dañado: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a number a results file holds</source>
        <translation>{value} no es un número que pueda contener un archivo de resultados</translation>
    </message>
    <message>
        <source>the key {key} is missing</source>
        <translation>falta la clave {key}</translation>
    </message>
    <message>
        <source>{key} holds {value}</source>
        <translation>{key} contiene {value}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>clave desconocida {key}</translation>
    </message>
    <message>
        <source>answer {number} does not have the keys of an answer</source>
        <translation>la respuesta {number} no tiene las claves de una respuesta</translation>
    </message>
    <message>
        <source>answer {number}: {key} holds {value}</source>
        <translation>respuesta {number}: {key} contiene {value}</translation>
    </message>
    <message>
        <source>answer {number}: &apos;given&apos; must list texts</source>
        <translation>respuesta {number}: &apos;given&apos; debe enumerar textos</translation>
    </message>
    <message>
        <source>more answers than planned questions</source>
        <translation>más respuestas que preguntas previstas</translation>
    </message>
</context>
<context>
    <name>ExamWindowText</name>
    <message>
        <source>Open Exam</source>
        <translation>Abrir examen</translation>
    </message>
    <message>
        <source>Exam files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos de examen (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Exam Results</source>
        <translation>Guardar resultados del examen</translation>
    </message>
    <message>
        <source>Exam results (*.json);;All files (*)</source>
        <translation>Resultados de examen (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>End the Exam</source>
        <translation>Terminar el examen</translation>
    </message>
    <message numerus="yes">
        <source>End the exam now? %n unanswered question(s) will count as not answered. You can save your results next.</source>
        <translation>
            <numerusform>¿Terminar el examen ahora? %n pregunta sin responder contará como no respondida. Después podrás guardar tus resultados.</numerusform>
            <numerusform>¿Terminar el examen ahora? %n preguntas sin responder contarán como no respondidas. Después podrás guardar tus resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results Not Saved</source>
        <translation>Resultados sin guardar</translation>
    </message>
    <message>
        <source>Your exam results are not saved yet.</source>
        <translation>Tus resultados del examen aún no están guardados.</translation>
    </message>
    <message>
        <source>If you close now, your answers are lost and you would have to sit the exam again.</source>
        <translation>Si cierras ahora, tus respuestas se pierden y tendrías que volver a hacer el examen.</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>&amp;Discard Results</source>
        <translation>&amp;Descartar resultados</translation>
    </message>
    <message>
        <source>The results could not be written to {file}: {reason}.

Your answers are kept. Choose another folder with Save Results…</source>
        <translation>No se pudieron escribir los resultados en {file}: {reason}.

Tus respuestas se conservan. Elige otra carpeta con Guardar resultados…</translation>
    </message>
    <message>
        <source>Click it on the map: your first click on the body is your answer. Keyboard: the arrow keys move between areas, Enter answers.</source>
        <translation>Haz clic en el mapa: tu primer clic en el cuerpo es tu respuesta. Teclado: las flechas pasan de una zona a otra, Intro responde.</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named by its id</comment>
        <translation>Vista {view}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>the last two of a list</comment>
        <translation>{first} y {last}</translation>
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
            <numerusform>%n pregunta sobre la {view:lower} ({kinds}).</numerusform>
            <numerusform>%n preguntas sobre la {view:lower} ({kinds}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on {views} ({kinds}).</source>
        <translation>
            <numerusform>%n pregunta sobre {views} ({kinds}).</numerusform>
            <numerusform>%n preguntas sobre {views} ({kinds}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the {view:lower}</source>
        <comment>a view in a list</comment>
        <translation>la {view:lower}</translation>
    </message>
    <message>
        <source>There is no time limit.</source>
        <translation>No hay límite de tiempo.</translation>
    </message>
    <message>
        <source>You have {time} for the whole exam.</source>
        <translation>Tienes {time} para todo el examen.</translation>
    </message>
    <message>
        <source>You will see which answers were right only at the end; in Find it each question takes one click.</source>
        <translation>Solo al final verás qué respuestas eran correctas; al localizar en el mapa, cada pregunta admite un solo clic.</translation>
    </message>
    <message>
        <source>After each answer you see whether it was right.</source>
        <translation>Después de cada respuesta ves si era correcta.</translation>
    </message>
    <message>
        <source>Your answers here do not change your own practice progress.</source>
        <translation>Tus respuestas aquí no cambian tu propio progreso de práctica.</translation>
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
        <translation>{answer}: correcta.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the tries of one answer</comment>
        <translation>, luego </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ninguna respuesta</translation>
    </message>
    <message>
        <source>{answer}: you said {said}; the answer is {right}.</source>
        <translation>{answer}: dijiste {said}; la respuesta es {right}.</translation>
    </message>
    <message>
        <source>Safety mistake: less careful than this spot needs.</source>
        <translation>Error de seguridad: menos precaución de la que pide este punto.</translation>
    </message>
    <message>
        <source>Score {score} of {planned} ({answered} answered), in {time}.</source>
        <translation>Puntuación: {score} de {planned} ({answered} respondidas), en {time}.</translation>
    </message>
    <message>
        <source>Score {score} of {planned}, in {time}.</source>
        <translation>Puntuación: {score} de {planned}, en {time}.</translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Se acabó el tiempo.</translation>
    </message>
    <message>
        <source>Exam: {title} – Massage Trainer</source>
        <translation>Examen: {title} – Massage Trainer</translation>
    </message>
    <message>
        <source>&amp;End Exam</source>
        <translation>&amp;Terminar examen</translation>
    </message>
    <message>
        <source>End the exam now and save the results</source>
        <translation>Terminar el examen ahora y guardar los resultados</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Type your name: it goes into the results file you hand in.</source>
        <translation>Escribe tu nombre: aparecerá en el archivo de resultados que entregues.</translation>
    </message>
    <message>
        <source>&amp;Start the Exam</source>
        <translation>&amp;Empezar el examen</translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation>El examen ha terminado</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Question {number} of {planned}</source>
        <translation>Pregunta {number} de {planned}</translation>
    </message>
    <message>
        <source>Question {number} of {planned} · Score {score}</source>
        <translation>Pregunta {number} de {planned} · Puntuación {score}</translation>
    </message>
    <message>
        <source>Answer kept.</source>
        <translation>Respuesta anotada.</translation>
    </message>
    <message>
        <source>See the &amp;Results</source>
        <translation>Ver los &amp;resultados</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <comment>button: the next question</comment>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Your results are not saved yet.</source>
        <translation>Tus resultados aún no están guardados.</translation>
    </message>
    <message>
        <source>Your results are not saved yet. Save them with Save Results… before you close this window.</source>
        <translation>Tus resultados aún no están guardados. Guárdalos con Guardar resultados… antes de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}). Your answers are kept: try again with Save Results…</source>
        <translation>No guardado: no se pudo escribir {file} ({reason}). Tus respuestas se conservan: vuelve a intentarlo con Guardar resultados…</translation>
    </message>
    <message>
        <source>Results saved to {file}. Hand this file in.</source>
        <translation>Resultados guardados en {file}. Entrega este archivo.</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>time taken so far</comment>
        <translation>Tiempo {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Tiempo restante {time}</translation>
    </message>
    <message>
        <source>Cannot open the exam</source>
        <translation>No se puede abrir el examen</translation>
    </message>
    <message>
        <source>No exam was started.</source>
        <translation>No se ha iniciado ningún examen.</translation>
    </message>
    <message>
        <source>open it again</source>
        <comment>what to do once the exam file is fixed</comment>
        <translation>vuelve a abrirlo</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>the output could not be opened for painting</source>
        <translation>no se pudo abrir la salida para dibujar</translation>
    </message>
    <message>
        <source>{views} – {what}</source>
        <comment>a PDF&apos;s title: the views, the kind</comment>
        <translation>{views} – {what}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>{view} – zone diagram</source>
        <translation>{view} – diagrama de zonas</translation>
    </message>
    <message>
        <source>the SVG file could not be opened</source>
        <translation>no se pudo abrir el archivo SVG</translation>
    </message>
    <message>
        <source>PDF zone sheet (for printing)</source>
        <translation>Hoja de zonas en PDF (para imprimir)</translation>
    </message>
    <message>
        <source>PNG picture of the diagram</source>
        <translation>Imagen PNG del diagrama</translation>
    </message>
    <message>
        <source>SVG drawing of the diagram</source>
        <translation>Dibujo SVG del diagrama</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Zone Sheet</source>
        <translation>Exportar hoja de zonas</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>File</source>
        <comment>the file to write</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Worksheet: numbered diagram without colours, lines to write on, and an answer key</source>
        <translation>&amp;Hoja de ejercicios: diagrama numerado sin colores, líneas para escribir y hoja de respuestas</translation>
    </message>
    <message>
        <source> dpi</source>
        <comment>after a resolution</comment>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Re&amp;solución:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <comment>button</comment>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Print Worksheet</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <source>Print Zone Sheet</source>
        <translation>Imprimir hoja de zonas</translation>
    </message>
    <message>
        <source>Massage Trainer zone sheet</source>
        <comment>the printed document&apos;s name</comment>
        <translation>Massage Trainer – hoja de zonas</translation>
    </message>
    <message>
        <source>The worksheet could not be printed:</source>
        <translation>No se pudo imprimir la hoja de ejercicios:</translation>
    </message>
    <message>
        <source>The sheet could not be printed:</source>
        <translation>No se pudo imprimir la hoja:</translation>
    </message>
    <message>
        <source>Print Routine Card: {routine}</source>
        <translation>Imprimir tarjeta de la rutina: {routine}</translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <comment>the printed document&apos;s name</comment>
        <translation>{routine} – tarjeta de la rutina</translation>
    </message>
    <message>
        <source>The routine card could not be printed:</source>
        <translation>No se pudo imprimir la tarjeta de la rutina:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>File menu</comment>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the zone sheet as PDF, or the diagram as PNG or SVG</source>
        <translation>Guarda la hoja de zonas como PDF, o el diagrama como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <comment>File menu</comment>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Preview and print the zone sheet</source>
        <translation>Previsualiza e imprime la hoja de zonas</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <comment>File menu</comment>
        <translation>Imprimir &amp;hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Preview and print a quiz worksheet with its answer key</source>
        <translation>Previsualiza e imprime una hoja de ejercicios del cuestionario con sus respuestas</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>No se pudo escribir {file}:</translation>
    </message>
    <message>
        <source>Wrote {file} ({what})</source>
        <translation>Se ha escrito {file} ({what})</translation>
    </message>
    <message>
        <source>{pages}, {paper}</source>
        <translation>{pages}, {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} píxeles</translation>
    </message>
    <message>
        <source>the name must end in .pdf, .png or .svg</source>
        <translation>el nombre debe terminar en .pdf, .png o .svg</translation>
    </message>
</context>
<context>
    <name>InfoPanelText</name>
    <message>
        <source>Left side</source>
        <comment>the person&apos;s left, on a line of its own</comment>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>the person&apos;s right, on a line of its own</comment>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Ten cuidado:</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Qué hay debajo</translation>
    </message>
    <message>
        <source>None of the bones, organs, nerves or muscles drawn in the layers lies under this zone.</source>
        <translation>Ninguno de los huesos, órganos, nervios o músculos dibujados en las capas está bajo esta zona.</translation>
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
        <translation>Información de la zona</translation>
    </message>
    <message>
        <source>Click a zone on the body to learn what it is, how safe it is to work there, and which techniques suit it. On the map, Up and Down walk the zones from head to feet, Left and Right go sideways; Enter selects. Tab goes on to this panel, F6 between the map, the panel and the tabs.</source>
        <translation>Haz clic en una zona del cuerpo para saber qué es, qué seguridad tiene trabajar allí y qué técnicas le convienen. En el mapa, las flechas arriba y abajo recorren las zonas de la cabeza a los pies, izquierda y derecha van hacia los lados; Intro selecciona. Tab pasa a este panel y F6 alterna entre el mapa, el panel y las pestañas.</translation>
    </message>
    <message>
        <source>Every part of the body on the map is one of three kinds:</source>
        <translation>Cada parte del cuerpo en el mapa es de uno de estos tres tipos:</translation>
    </message>
    <message>
        <source>Pick a zone</source>
        <translation>Elige una zona</translation>
    </message>
    <message>
        <source>Zone information: no zone selected</source>
        <translation>Información de la zona: ninguna zona seleccionada</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Ninguna zona seleccionada</translation>
    </message>
    <message>
        <source>Zone information: {zone}, {side}. {safety}.</source>
        <translation>Información de la zona: {zone}, {side}. {safety}.</translation>
    </message>
    <message>
        <source>Zone information: {zone}. {safety}.</source>
        <translation>Información de la zona: {zone}. {safety}.</translation>
    </message>
    <message>
        <source>{zone}, {safety}</source>
        <comment>a zone and its safety level</comment>
        <translation>{zone}, {safety}</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>heading: why a zone is safe or not</comment>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Techniques that suit it</source>
        <translation>Técnicas adecuadas</translation>
    </message>
    <message>
        <source>No technique is worked directly here. Work the areas around it instead.</source>
        <translation>Aquí no se trabaja ninguna técnica directamente. Trabaja en su lugar las zonas de alrededor.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Cuándo no dar masaje</translation>
    </message>
    <message>
        <source>Do not start, or leave an area alone, when any of these applies:</source>
        <translation>No empieces, o deja una zona sin tocar, si se da alguno de estos casos:</translation>
    </message>
    <message>
        <source>Rules of a good session</source>
        <translation>Normas de una buena sesión</translation>
    </message>
    <message>
        <source>A full session, in order</source>
        <translation>Una sesión completa, en orden</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <comment>a step of a session</comment>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>upper trapezius ridge</source>
        <translation>borde del trapecio superior</translation>
    </message>
    <message>
        <source>collarbone</source>
        <translation>clavícula</translation>
    </message>
    <message>
        <source>groin fold</source>
        <translation>pliegue inguinal</translation>
    </message>
    <message>
        <source>dashed lines to follow with the fingers</source>
        <translation>líneas discontinuas que siguen los dedos</translation>
    </message>
    <message>
        <source>dashed: the {line}</source>
        <translation>discontinua: {line}</translation>
    </message>
    <message>
        <source>{lines} and the {line}</source>
        <comment>one more line named in the key</comment>
        <translation>{lines} y {line}</translation>
    </message>
    <message>
        <source>Pressure point</source>
        <translation>Punto de presión</translation>
    </message>
    <message>
        <source>a spot for firm, slow thumb pressure</source>
        <translation>un punto para presión firme y lenta con el pulgar</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>where knots cluster; steady thumb pressure eases them</source>
        <translation>donde se acumulan los nudos; una presión constante del pulgar los alivia</translation>
    </message>
    <message>
        <source>Guide line</source>
        <translation>Línea guía</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Each level has its own colour and pattern, so the map also reads in black and white.</source>
        <translation>Cada nivel tiene su propio color y trama, así el mapa también se entiende en blanco y negro.</translation>
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
        <translation>Hueso</translation>
    </message>
    <message>
        <source>pale shape: bone close under the skin or deeper</source>
        <translation>forma pálida: hueso justo bajo la piel o más hondo</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>violet tint: an organ lying deep inside</source>
        <translation>tono violeta: un órgano situado en lo profundo</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nervio</translation>
    </message>
    <message>
        <source>yellow line: a nerve on its course</source>
        <translation>línea amarilla: el recorrido de un nervio</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>Arteria</translation>
    </message>
    <message>
        <source>red line: a large blood vessel</source>
        <translation>línea roja: un vaso sanguíneo grande</translation>
    </message>
    <message>
        <source>Artery and nerves</source>
        <translation>Arteria y nervios</translation>
    </message>
    <message>
        <source>red and yellow line: running together</source>
        <translation>línea roja y amarilla: discurren juntos</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>dashed outline: the edge of a muscle</source>
        <translation>contorno discontinuo: el borde de un músculo</translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation>Tendón</translation>
    </message>
    <message>
        <source>dotted outline: a tendon</source>
        <translation>contorno punteado: un tendón</translation>
    </message>
</context>
<context>
    <name>ProgressFileText</name>
    <message>
        <source>Your answer history could not be opened ({error}).</source>
        <translation>No se pudo abrir tu historial de respuestas ({error}).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it was written by a newer version (schema {schema})</source>
        <extracomment>The largest progress file read (a few thousand items take a megabyte or two). Counts above this are not a learner&apos;s: the item is left out. Times outside 1970 to the year 3000 are not a learner&apos;s either. FSRS keeps stability (days) and difficulty within these; values outside are brought back into range.</extracomment>
        <translation>lo escribió una versión más reciente (esquema {schema})</translation>
    </message>
    <message>
        <source>it could not be switched to write-ahead logging</source>
        <translation>no se pudo activar el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>it is not a database this version can read ({error})</source>
        <translation>no es una base de datos que esta versión pueda leer ({error})</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}). It was kept as {file} and a new one was started.</source>
        <translation>No se pudo leer tu historial de respuestas ({reason}). Se guardó como {file} y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>An answer could not be saved to your history ({error}); it is kept until it can be.</source>
        <translation>No se pudo guardar una respuesta en tu historial ({error}); se conserva hasta que se pueda.</translation>
    </message>
    <message>
        <source>SQLite found it damaged ({error})</source>
        <translation>SQLite detectó daños ({error})</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>1 item of your saved progress could not be read and was left out ({problem}).</source>
        <translation>No se pudo leer 1 elemento de tu progreso guardado y se omitió ({problem}).</translation>
    </message>
    <message numerus="yes">
        <source>%n items of your saved progress could not be read and were left out ({problem}; and more).</source>
        <comment>two or more items</comment>
        <translation>
            <numerusform>No se pudo leer %n elemento de tu progreso guardado y se omitió ({problem}; y más).</numerusform>
            <numerusform>No se pudieron leer %n elementos de tu progreso guardado y se omitieron ({problem}; y más).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as it was is kept as {file}.</source>
        <translation>El archivo tal como estaba se guarda como {file}.</translation>
    </message>
    <message>
        <source>The rest is kept.</source>
        <translation>El resto se conserva.</translation>
    </message>
    <message>
        <source>Your progress was updated to the new format but could not be saved ({error}); the old file is unchanged.</source>
        <translation>Tu progreso se actualizó al nuevo formato, pero no se pudo guardar ({error}); el archivo antiguo no ha cambiado.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}) nor moved aside ({error}); starting afresh. Saving will replace it.</source>
        <translation>No se pudo leer tu progreso guardado ({reason}) ni apartarlo ({error}); se empieza de cero. Al guardar se sustituirá.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read ({reason}). It was kept as {file} and a fresh record was started.</source>
        <translation>No se pudo leer tu progreso guardado ({reason}). Se guardó como {file} y se empezó un registro nuevo.</translation>
    </message>
</context>
<context>
    <name>ProgressTabText</name>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>1.er intento</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>The area of the body</source>
        <translation>La zona del cuerpo</translation>
    </message>
    <message>
        <source>The quiz mode</source>
        <translation>El modo del cuestionario</translation>
    </message>
    <message>
        <source>How often it was asked</source>
        <translation>Cuántas veces se preguntó</translation>
    </message>
    <message>
        <source>How often it was right at the first try</source>
        <translation>Cuántas veces se acertó al primer intento</translation>
    </message>
    <message>
        <source>Box 1 is still being missed; box 5 is known for weeks</source>
        <translation>La caja 1 aún se falla; la caja 5 se sabe desde hace semanas</translation>
    </message>
    <message>
        <source>When it is due for practice again</source>
        <translation>Cuándo toca practicarla de nuevo</translation>
    </message>
    <message>
        <source>{mode}, left or right</source>
        <translation>{mode}, izquierda o derecha</translation>
    </message>
    <message>
        <source>{mode}, typed</source>
        <translation>{mode}, escrita</translation>
    </message>
    <message>
        <source>now</source>
        <comment>due</comment>
        <translation>ahora</translation>
    </message>
    <message>
        <source>today</source>
        <comment>due</comment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>due</comment>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due</comment>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours on this tab show how well you know an area, not how safe it is</source>
        <translation>Los colores de esta pestaña muestran lo bien que conoces una zona, no lo segura que es</translation>
    </message>
    <message>
        <source>Mastery colours, all one purple: never asked is near white; box 1, still being missed, is the palest purple; each box up is darker, to box 5, known for weeks. They are not the safety colours.</source>
        <translation>Colores de dominio, todos de un mismo morado: nunca preguntada es casi blanco; la caja 1, aún con fallos, es el morado más claro; cada caja más arriba es más oscura, hasta la caja 5, sabida desde hace semanas. No son los colores de seguridad.</translation>
    </message>
    <message>
        <source>Mastery colours</source>
        <translation>Colores de dominio</translation>
    </message>
    <message>
        <source>new</source>
        <comment>never asked</comment>
        <translation>nueva</translation>
    </message>
    <message>
        <source>box {number}</source>
        <comment>a Leitner box</comment>
        <translation>caja {number}</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Á&amp;reas</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>Mode shown</source>
        <translation>Modo mostrado</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Todos los modos</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Mostrar en el &amp;mapa</translation>
    </message>
    <message>
        <source>Colour each area of the body map by how well you know it</source>
        <translation>Colorea cada zona del mapa del cuerpo según lo bien que la conoces</translation>
    </message>
    <message>
        <source>Mode sho&amp;wn:</source>
        <translation>Modo mostra&amp;do:</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Progreso por zona</translation>
    </message>
    <message>
        <source>No progress yet. Start a quiz (Ctrl+R) or a practice round (Ctrl+Shift+R); every answer is remembered here.</source>
        <translation>Aún no hay progreso. Empieza un cuestionario (Ctrl+R) o una ronda de práctica (Ctrl+Mayús+R); aquí se recuerda cada respuesta.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>Resta&amp;blecer…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Olvida todo el progreso guardado (pregunta antes)</translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: has practicado {practised} de %n zona. La caja 1 aún se falla; la caja 5 se sabe desde hace semanas.</numerusform>
            <numerusform>{view}: has practicado {practised} de %n zonas. La caja 1 aún se falla; la caja 5 se sabe desde hace semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: has practicado {practised} de %n zona en «{mode}». La caja 1 aún se falla; la caja 5 se sabe desde hace semanas.</numerusform>
            <numerusform>{view}: has practicado {practised} de %n zonas en «{mode}». La caja 1 aún se falla; la caja 5 se sabe desde hace semanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtCheckText</name>
    <message>
        <source>Massage Trainer cannot run its tests: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer no puede ejecutar sus pruebas: Qt necesita estas bibliotecas del sistema, que no están instaladas:</translation>
    </message>
    <message>
        <source>Massage Trainer cannot open a window: Qt needs these system libraries, which are not installed:</source>
        <translation>Massage Trainer no puede abrir una ventana: Qt necesita estas bibliotecas del sistema, que no están instaladas:</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>En Debian o Ubuntu, instálalas con:</translation>
    </message>
    <message>
        <source>(Other systems name the packages differently; look for the libraries above.)</source>
        <translation>(Otros sistemas llaman a los paquetes de otra manera; busca las bibliotecas de arriba.)</translation>
    </message>
    <message>
        <source>Massage Trainer needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. Start it from a desktop session, or use &apos;massage-trainer --screenshot FILE.png&apos; or &apos;massage-trainer export&apos; without one.</source>
        <translation>Massage Trainer necesita un escritorio gráfico: no está definido DISPLAY ni WAYLAND_DISPLAY. Ábrelo desde una sesión de escritorio o, sin ella, usa «massage-trainer --screenshot ARCHIVO.png» o «massage-trainer export».</translation>
    </message>
</context>
<context>
    <name>QuizTabText</name>
    <message>
        <source>Q&amp;uiz</source>
        <comment>tab</comment>
        <translation>C&amp;uestionario</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <comment>tab</comment>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>Saved Progress</source>
        <translation>Progreso guardado</translation>
    </message>
    <message>
        <source>&amp;Start Quiz…</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Empezar cuestionario…</translation>
    </message>
    <message>
        <source>Choose a quiz mode, region and length</source>
        <translation>Elige el modo, la región y la duración del cuestionario</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Practicar</translation>
    </message>
    <message>
        <source>A round of what is due: the areas you miss come back soonest</source>
        <translation>Una ronda con lo pendiente: las zonas que fallas vuelven antes</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Terminar cuestionario</translation>
    </message>
    <message>
        <source>End the round now and see the results</source>
        <translation>Termina la ronda ahora y mira los resultados</translation>
    </message>
    <message>
        <source>Show &amp;Progress</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Ver progreso</translation>
    </message>
    <message>
        <source>How well you know each area</source>
        <translation>Lo bien que conoces cada zona</translation>
    </message>
    <message>
        <source>&amp;Export Progress as CSV…</source>
        <comment>Quiz menu</comment>
        <translation>Exportar progreso como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save your progress as a spreadsheet file</source>
        <translation>Guarda tu progreso como archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>E&amp;xport Progress Report…</source>
        <comment>Quiz menu</comment>
        <translation>Exportar &amp;informe de progreso…</translation>
    </message>
    <message>
        <source>Save your statistics and charts as a PDF report or a PNG image</source>
        <translation>Guarda tus estadísticas y gráficos como informe PDF o imagen PNG</translation>
    </message>
    <message>
        <source>&amp;Reset Progress…</source>
        <comment>Quiz menu</comment>
        <translation>&amp;Restablecer progreso…</translation>
    </message>
    <message>
        <source>Forget all saved progress (asks first)</source>
        <translation>Olvida todo el progreso guardado (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <comment>menu</comment>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>Another zone set was opened, so the quiz ended. The answers so far are saved.</source>
        <translation>Se abrió otro conjunto de zonas, así que el cuestionario ha terminado. Las respuestas dadas están guardadas.</translation>
    </message>
    <message>
        <source>Cannot start this quiz: {reason}.</source>
        <translation>No se puede empezar este cuestionario: {reason}.</translation>
    </message>
    <message>
        <source>{zone}: not asked yet in this mode.</source>
        <translation>{zone}: aún no preguntada en este modo.</translation>
    </message>
    <message>
        <source>This question is on the {view:lower}, so the map shows it again.</source>
        <translation>Esta pregunta es de la {view:lower}, así que el mapa vuelve a mostrarla.</translation>
    </message>
    <message>
        <source>Your answer history could not be read ({reason}).</source>
        <translation>No se pudo leer tu historial de respuestas ({reason}).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>The progress report could not be written to {file}: {reason}</source>
        <translation>No se pudo guardar el informe de progreso en {file}: {reason}</translation>
    </message>
    <message>
        <source>Progress report written to {file}</source>
        <translation>Informe de progreso guardado en {file}</translation>
    </message>
    <message>
        <source>Your progress could not be saved ({reason}). It is kept while the program runs and saving is tried again after the next answer.</source>
        <translation>No se pudo guardar tu progreso ({reason}). Se conserva mientras el programa esté abierto y se vuelve a intentar guardar tras la siguiente respuesta.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reason</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Progress Saved Elsewhere</source>
        <translation>Progreso guardado en otro sitio</translation>
    </message>
    <message>
        <source>Your progress was saved in {folder}. To go on with it next time, copy the file progress.json from there into {own}.</source>
        <translation>Tu progreso se guardó en {folder}. Para seguir con él la próxima vez, copia de allí el archivo progress.json a {own}.</translation>
    </message>
    <message>
        <source>The progress could not be written to {file}: {reason}</source>
        <translation>No se pudo guardar el progreso en {file}: {reason}</translation>
    </message>
    <message>
        <source>Progress exported to {file}</source>
        <translation>Progreso exportado a {file}</translation>
    </message>
    <message>
        <source>Progress reset: every area starts again.</source>
        <translation>Progreso restablecido: todas las zonas empiezan de nuevo.</translation>
    </message>
    <message>
        <source>Progress was reset here but could not be saved ({reason}).</source>
        <translation>El progreso se ha restablecido aquí, pero no se pudo guardar ({reason}).</translation>
    </message>
    <message>
        <source>Export Progress as CSV</source>
        <translation>Exportar progreso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image of the charts (*.png)</source>
        <translation>Informe PDF (*.pdf);;Imagen PNG de los gráficos (*.png)</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Restablecer progreso</translation>
    </message>
    <message>
        <source>Forget all saved quiz progress? Every area starts again in box 1. This cannot be undone; export it as CSV first to keep a copy.</source>
        <translation>¿Olvidar todo el progreso guardado del cuestionario? Todas las zonas vuelven a la caja 1. No se puede deshacer; expórtalo antes como CSV para conservar una copia.</translation>
    </message>
    <message>
        <source>massage-trainer: progress not saved: {reason}</source>
        <translation>massage-trainer: progreso no guardado: {reason}</translation>
    </message>
    <message>
        <source>Progress Not Saved</source>
        <translation>Progreso no guardado</translation>
    </message>
    <message>
        <source>Your latest quiz progress could not be saved, so closing now would lose it.

The reason: {reason}</source>
        <translation>No se pudo guardar tu último progreso del cuestionario, así que si cierras ahora lo perderás.

El motivo: {reason}</translation>
    </message>
    <message>
        <source>Try again (after freeing some space or making the folder writable), save it in another folder, or close and lose the latest answers.</source>
        <translation>Vuelve a intentarlo (tras liberar espacio o permitir escribir en la carpeta), guárdalo en otra carpeta, o cierra y pierde las últimas respuestas.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Save Elsewhere…</source>
        <translation>&amp;Guardar en otro sitio…</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>Cerrar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Save Progress in Folder</source>
        <translation>Guardar progreso en una carpeta</translation>
    </message>
    <message>
        <source>Quiz</source>
        <comment>heading of the set-up page</comment>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Número de preguntas</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>every question</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Tiempo límite en minutos</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Sin límite de tiempo</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Practice: ask first what is due (spaced repetition)</source>
        <translation>Practicar: preguntar pri&amp;mero lo pendiente (repetición espaciada)</translation>
    </message>
    <message>
        <source>Areas you missed come back soon; areas you know well come back after days or weeks.</source>
        <translation>Las zonas que fallaste vuelven pronto; las que conoces bien, al cabo de días o semanas.</translation>
    </message>
    <message>
        <source>Qu&amp;estions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>R&amp;egión:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Duración má&amp;xima:</translation>
    </message>
    <message>
        <source>As&amp;k for one side: the person’s left or right</source>
        <translation>Preguntar por un &amp;lado: izquierda o derecha de la persona</translation>
    </message>
    <message>
        <source>Find it only: each question names one side of a pair, and a click on the other side counts as a mirror mistake</source>
        <translation>Solo al buscar zonas: cada pregunta nombra un lado de un par, y un clic en el otro lado cuenta como error de espejo</translation>
    </message>
    <message>
        <source>T&amp;ype the name instead of choosing it</source>
        <translation>Escribir el nombre en vez &amp;de elegirlo</translation>
    </message>
    <message>
        <source>Name it only: type the highlighted area’s name; other names it goes by and small slips of spelling count</source>
        <translation>Solo al nombrar zonas: escribe el nombre de la zona resaltada; también valen otros nombres con que se la conoce y pequeñas faltas de ortografía</translation>
    </message>
    <message>
        <source>Recall goal in per cent</source>
        <translation>Objetivo de recuerdo en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a percentage</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Re&amp;call goal:</source>
        <translation>Ob&amp;jetivo de recuerdo:</translation>
    </message>
    <message>
        <source>Practice brings an area back when your chance of still knowing it drops to this. Higher means more reviews and fewer lapses; 90 % suits most learners.</source>
        <translation>Al practicar, una zona vuelve cuando la probabilidad de que aún la recuerdes baja a este valor. Más alto significa más repasos y menos olvidos; el 90 % va bien a la mayoría.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>C&amp;omenzar</translation>
    </message>
    <message>
        <source>Start the quiz (Enter)</source>
        <translation>Empieza el cuestionario (Intro)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Type the name, then press Enter</source>
        <translation>Escribe el nombre y pulsa Intro</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>button: check a typed name</comment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Check the typed name (Enter)</source>
        <translation>Comprueba el nombre escrito (Intro)</translation>
    </message>
    <message>
        <source>Ta&amp;ke a Hint</source>
        <translation>Pedir una &amp;pista</translation>
    </message>
    <message>
        <source>One hint per question; a right answer after it counts half</source>
        <translation>Una pista por pregunta; una respuesta correcta después de ella cuenta la mitad</translation>
    </message>
    <message>
        <source>&amp;End Quiz</source>
        <comment>button</comment>
        <translation>Terminar cuestionari&amp;o</translation>
    </message>
    <message>
        <source>End the round now and see the results (Ctrl+.)</source>
        <translation>Termina la ronda ahora y mira los resultados (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next question (Enter or Space)</source>
        <translation>Siguiente pregunta (Intro o Espacio)</translation>
    </message>
    <message>
        <source>Hint (half score): {hint}</source>
        <translation>Pista (mitad de puntuación): {hint}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Practise My &amp;Mistakes</source>
        <translation>Practicar mis &amp;errores</translation>
    </message>
    <message>
        <source>A new round with only the questions you missed</source>
        <translation>Una ronda nueva solo con las preguntas que fallaste</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>&amp;Nuevo cuestionario</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>Whole body</source>
        <translation>Todo el cuerpo</translation>
    </message>
    <message>
        <source>Whole body, every view</source>
        <translation>Todo el cuerpo, todas las vistas</translation>
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
        <translation>Eso está fuera del cuerpo. Haz clic en el cuerpo: ese clic no cuenta como intento.</translation>
    </message>
    <message>
        <source>It is in the lit-up part: {region:lower}.</source>
        <translation>Está en la parte iluminada: {region:lower}.</translation>
    </message>
    <message>
        <source>It is in the lit-up part.</source>
        <translation>Está en la parte iluminada.</translation>
    </message>
    <message>
        <source>The spot is on the {zone:lower}.</source>
        <translation>El punto está en la zona «{zone}».</translation>
    </message>
    <message>
        <source>It begins with “{letters}”.</source>
        <translation>Empieza por «{letters}».</translation>
    </message>
    <message>
        <source>The {zone:lower} are shown now.</source>
        <translation>Ahora se muestra la zona «{zone}».</translation>
    </message>
    <message>
        <source>The {zone:lower} is shown now.</source>
        <translation>Ahora se muestra la zona «{zone}».</translation>
    </message>
    <message>
        <source>Right: that is it.</source>
        <translation>Correcto: es esa.</translation>
    </message>
    <message>
        <source>Right: those are the {zone:lower}.</source>
        <translation>Correcto: es la zona «{zone}».</translation>
    </message>
    <message>
        <source>Right: that is the {zone:lower}.</source>
        <translation>Correcto: es la zona «{zone}».</translation>
    </message>
    <message>
        <source>Not quite: that is it.</source>
        <translation>No exactamente: es esa.</translation>
    </message>
    <message>
        <source>Not quite: those are the {zone:lower}.</source>
        <translation>No exactamente: esa es la zona «{zone}».</translation>
    </message>
    <message>
        <source>Not quite: that is the {zone:lower}.</source>
        <translation>No exactamente: esa es la zona «{zone}».</translation>
    </message>
    <message>
        <source>That is it.</source>
        <translation>Es esa.</translation>
    </message>
    <message>
        <source>Those are the {zone:lower}.</source>
        <translation>Esa es la zona «{zone}».</translation>
    </message>
    <message>
        <source>That is the {zone:lower}.</source>
        <translation>Esa es la zona «{zone}».</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a target zone.</source>
        <translation>Correcto: la zona «{zone}» es una zona objetivo.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a target zone.</source>
        <translation>Correcto: la zona «{zone}» es una zona objetivo.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a caution zone.</source>
        <translation>Correcto: la zona «{zone}» es una zona de precaución.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a caution zone.</source>
        <translation>Correcto: la zona «{zone}» es una zona de precaución.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} are a zone to avoid.</source>
        <translation>Correcto: la zona «{zone}» es una zona que evitar.</translation>
    </message>
    <message>
        <source>Right: the {zone:lower} is a zone to avoid.</source>
        <translation>Correcto: la zona «{zone}» es una zona que evitar.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a target zone.</source>
        <translation>No exactamente: la zona «{zone}» es una zona objetivo.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a target zone.</source>
        <translation>No exactamente: la zona «{zone}» es una zona objetivo.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a caution zone.</source>
        <translation>No exactamente: la zona «{zone}» es una zona de precaución.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a caution zone.</source>
        <translation>No exactamente: la zona «{zone}» es una zona de precaución.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} are a zone to avoid.</source>
        <translation>No exactamente: la zona «{zone}» es una zona que evitar.</translation>
    </message>
    <message>
        <source>Not quite: the {zone:lower} is a zone to avoid.</source>
        <translation>No exactamente: la zona «{zone}» es una zona que evitar.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a caution zone, not a target.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona de precaución, no una zona objetivo.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a caution zone, not a target.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona de precaución, no una zona objetivo.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a caution zone.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona que evitar, no una zona de precaución.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a caution zone.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona que evitar, no una zona de precaución.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} are a zone to avoid, not a target.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona que evitar, no una zona objetivo.</translation>
    </message>
    <message>
        <source>Safety mistake: the {zone:lower} is a zone to avoid, not a target.</source>
        <translation>Error de seguridad: la zona «{zone}» es una zona que evitar, no una zona objetivo.</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} are shown now.</source>
        <translation>Correcto: ese punto es «{spot}», que está sobre la zona «{zone}», así que cuenta. Ahora se muestra el resto de la zona «{zone}».</translation>
    </message>
    <message>
        <source>Right: that spot is the {spot:lower}, which lies on the {zone:lower}, so it counts. The rest of the {zone:lower} is shown now.</source>
        <translation>Correcto: ese punto es «{spot}», que está sobre la zona «{zone}», así que cuenta. Ahora se muestra el resto de la zona «{zone}».</translation>
    </message>
    <message>
        <source>That is outside the body.</source>
        <translation>Eso está fuera del cuerpo.</translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation>Correcto: {answer}.</translation>
    </message>
    <message>
        <source>Not quite: the answer is {answer}.</source>
        <translation>No exactamente: la respuesta es {answer}.</translation>
    </message>
    <message>
        <source>One more try.</source>
        <translation>Te queda un intento.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tries.</source>
        <comment>two or more tries left</comment>
        <translation>
            <numerusform>Te queda %n intento.</numerusform>
            <numerusform>Te quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>Encontrar</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Nombrar</translation>
    </message>
    <message>
        <source>Safe or not</source>
        <translation>Seguro o no</translation>
    </message>
    <message>
        <source>Which technique</source>
        <translation>Qué técnica</translation>
    </message>
    <message>
        <source>Which way?</source>
        <translation>¿Qué dirección?</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>fuera del cuerpo</translation>
    </message>
    <message>
        <source>Left {zone:lower}</source>
        <comment>the person&apos;s left</comment>
        <translation>{zone} (izquierda)</translation>
    </message>
    <message>
        <source>Right {zone:lower}</source>
        <comment>the person&apos;s right</comment>
        <translation>{zone} (derecha)</translation>
    </message>
    <message>
        <source>the {zone:lower}</source>
        <comment>a zone named in a list</comment>
        <translation>«{zone}»</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>the end of a list: &apos;a, b and c&apos;</comment>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Click the {zone:lower}.</source>
        <translation>Haz clic en: {zone:lower}.</translation>
    </message>
    <message>
        <source>That is the right one: seen from behind, the person’s left is on your left.</source>
        <translation>Ese es el lado derecho: desde atrás, la izquierda de la persona queda a tu izquierda.</translation>
    </message>
    <message>
        <source>That is the left one: seen from behind, the person’s right is on your right.</source>
        <translation>Ese es el lado izquierdo: desde atrás, la derecha de la persona queda a tu derecha.</translation>
    </message>
    <message>
        <source>That is the right one: seen from the front, the person’s left is on your right.</source>
        <translation>Ese es el lado derecho: de frente, la izquierda de la persona queda a tu derecha.</translation>
    </message>
    <message>
        <source>That is the left one: seen from the front, the person’s right is on your left.</source>
        <translation>Ese es el lado izquierdo: de frente, la derecha de la persona queda a tu izquierda.</translation>
    </message>
    <message>
        <source>Click the person’s left {zone:lower}.</source>
        <translation>Haz clic en: {zone:lower}, lado izquierdo de la persona.</translation>
    </message>
    <message>
        <source>Click the person’s right {zone:lower}.</source>
        <translation>Haz clic en: {zone:lower}, lado derecho de la persona.</translation>
    </message>
    <message>
        <source>Which area is highlighted?</source>
        <translation>¿Qué zona está resaltada?</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the key that answers Target (one letter)</comment>
        <translation>O</translation>
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
        <translation>¿El punto marcado es una zona objetivo, una zona de precaución o una zona que evitar?</translation>
    </message>
    <message>
        <source>Which technique suits the {zone:lower}?</source>
        <translation>¿Qué técnica conviene a la zona «{zone}»?</translation>
    </message>
    <message>
        <source>Out, away from the spine</source>
        <translation>Hacia fuera, lejos de la columna</translation>
    </message>
    <message>
        <source>In, toward the spine</source>
        <translation>Hacia dentro, hacia la columna</translation>
    </message>
    <message>
        <source>Out, away from the middle of the body</source>
        <translation>Hacia fuera, lejos del centro del cuerpo</translation>
    </message>
    <message>
        <source>In, toward the middle of the body</source>
        <translation>Hacia dentro, hacia el centro del cuerpo</translation>
    </message>
    <message>
        <source>Up, toward the head</source>
        <translation>Hacia arriba, hacia la cabeza</translation>
    </message>
    <message>
        <source>Down, toward the feet</source>
        <translation>Hacia abajo, hacia los pies</translation>
    </message>
    <message>
        <source>{technique}: its direction</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}: su dirección</translation>
    </message>
    <message>
        <source>{technique}: its movement</source>
        <comment>a &apos;Which way?&apos; question</comment>
        <translation>{technique}: su movimiento</translation>
    </message>
    <message>
        <source>{number}. {stroke}</source>
        <comment>one numbered stroke of several</comment>
        <translation>{number}. {stroke}</translation>
    </message>
    <message>
        <source>{technique} is drawn much the same way, so not offered.</source>
        <translation>«{technique}» se dibuja casi igual, así que no se ofrece.</translation>
    </message>
    <message>
        <source>{techniques} are drawn much the same way, so not offered.</source>
        <translation>{techniques} se dibujan casi igual, así que no se ofrecen.</translation>
    </message>
    <message>
        <source>Which technique makes the movement drawn on the map?</source>
        <translation>¿Qué técnica hace el movimiento dibujado en el mapa?</translation>
    </message>
    <message>
        <source>The map shows: {strokes}</source>
        <translation>El mapa muestra: {strokes}</translation>
    </message>
    <message>
        <source>The hands start on the {zone:lower}.</source>
        <translation>Las manos empiezan en la zona «{zone}».</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}?</source>
        <translation>¿Hacia dónde se mueven las manos en «{technique}»?</translation>
    </message>
    <message>
        <source>Which way do the hands move in the {technique:lower}, where they press most?</source>
        <translation>¿Hacia dónde se mueven las manos en «{technique}», donde más presionan?</translation>
    </message>
    <message>
        <source>The map shows the path of the {technique:lower} without its arrows, over {zones}.</source>
        <translation>El mapa muestra el recorrido de «{technique}» sin sus flechas, sobre {zones}.</translation>
    </message>
    <message>
        <source>It presses most over {zones}.</source>
        <translation>Presiona más sobre {zones}.</translation>
    </message>
    <message>
        <source>{technique}: where the hands press most, they move {way:lower}. {stroke}</source>
        <translation>{technique}: donde más presionan las manos, se mueven {way:lower}. {stroke}</translation>
    </message>
    <message>
        <source>Type the name of the highlighted area.</source>
        <translation>Escribe el nombre de la zona resaltada.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>what was typed: no text</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>Right, allowing for the spelling: it is written “{zone}”.</source>
        <translation>Correcto, salvo la ortografía: se escribe «{zone}».</translation>
    </message>
    <message>
        <source>Not quite: that names the {typed:lower}; this is the {zone:lower}.</source>
        <translation>No exactamente: ese es el nombre de «{typed}»; esta es la zona «{zone}».</translation>
    </message>
    <message>
        <source>Fin&amp;d it – click the area that is named</source>
        <translation>Encontrar – &amp;haz clic en la zona nombrada</translation>
    </message>
    <message>
        <source>Na&amp;me it – name the highlighted area</source>
        <translation>Nom&amp;brar – nombra la zona resaltada</translation>
    </message>
    <message>
        <source>S&amp;afe or not – target, caution or avoid?</source>
        <translation>&amp;Seguro o no – ¿objetivo, precaución o evitar?</translation>
    </message>
    <message>
        <source>&amp;Which technique – choose one that suits the area</source>
        <translation>&amp;Qué técnica – elige una que convenga a la zona</translation>
    </message>
    <message>
        <source>Which way? – the direction of a stroke, or the technique it &amp;belongs to</source>
        <translation>¿Qué dirección? – hacia dónde va una maniobra, o de qué técnica &amp;forma parte</translation>
    </message>
    <message>
        <source>Click it on the map. Keyboard: the arrow keys move between areas, Enter answers. Three tries.</source>
        <translation>Haz clic en el mapa. Teclado: las flechas pasan de una zona a otra e Intro responde. Tres intentos.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a name.</source>
        <translation>Pulsa 1–4 o haz clic en un nombre.</translation>
    </message>
    <message>
        <source>Press {target}, {caution} or {avoid} (or 1–3), or click.</source>
        <comment>answer keys</comment>
        <translation>Pulsa {target}, {caution} o {avoid} (o 1–3), o haz clic.</translation>
    </message>
    <message>
        <source>Press 1–4 or click a technique.</source>
        <translation>Pulsa 1–4 o haz clic en una técnica.</translation>
    </message>
    <message>
        <source>Look at the stroke drawn on the map. Press an answer&apos;s number or click it.</source>
        <translation>Mira la maniobra dibujada en el mapa. Pulsa el número de una respuesta o haz clic en ella.</translation>
    </message>
    <message>
        <source>Type the name and press Enter. Other names it goes by count, and small slips too.</source>
        <translation>Escribe el nombre y pulsa Intro. También valen otros nombres con los que se conoce, y los pequeños despistes.</translation>
    </message>
    <message>
        <source>Drill the areas of the body, on every view, until they stick. Every answer counts towards your saved progress.</source>
        <translation>Practica las zonas del cuerpo, en cada vista, hasta que se te queden. Cada respuesta cuenta para tu progreso guardado.</translation>
    </message>
    <message>
        <source>No questions for this choice.</source>
        <translation>No hay preguntas para esta selección.</translation>
    </message>
    <message>
        <source>No misses: every answer was right at the first try.</source>
        <translation>Ningún fallo: todas las respuestas fueron correctas al primer intento.</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>respuesta correcta</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <source>{mode} has no questions here</source>
        <translation>«{mode}» no tiene preguntas aquí</translation>
    </message>
    <message>
        <source>{questions} from {areas} in “{region}”. A left/right pair counts as one area.</source>
        <translation>{questions} de {areas} en «{region}». Un par izquierda/derecha cuenta como una zona.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <comment>&apos;10 questions&apos; from 12 areas</comment>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>10 questions from &apos;12 areas&apos;</comment>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for practice today or tomorrow in this mode.</source>
        <translation>En este modo no hay nada pendiente de práctica hoy ni mañana.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>due for practice</comment>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today.</source>
        <translation>Pendiente de práctica en este modo: {areas}, {today} hoy.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, none today, {more} tomorrow.</source>
        <translation>Pendiente de práctica en este modo: {areas}, ninguna hoy, {more} mañana.</translation>
    </message>
    <message>
        <source>Due for practice in this mode: {areas}, {today} today and {more} more tomorrow.</source>
        <translation>Pendiente de práctica en este modo: {areas}, {today} hoy y {more} más mañana.</translation>
    </message>
    <message>
        <source>The marked spot is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>El punto marcado está {where}.</translation>
    </message>
    <message>
        <source>The highlighted area is {where}.</source>
        <comment>&apos;... is on the left side of the back&apos;</comment>
        <translation>La zona resaltada está {where}.</translation>
    </message>
    <message>
        <source>You clicked {where}.</source>
        <comment>&apos;... on the left side of the back&apos;</comment>
        <translation>Tu clic está {where}.</translation>
    </message>
    <message>
        <source>{mode} (practice)</source>
        <translation>{mode} (práctica)</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Puntuación {score}</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <comment>the time a round has taken</comment>
        <translation>Tiempo {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Tiempo restante {time}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}, {mark}</source>
        <comment>&apos;..., right answer&apos;</comment>
        <translation>Respuesta {number}: {answer}, {mark}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Respuesta {number}: {answer}</translation>
    </message>
    <message>
        <source>See &amp;Results</source>
        <translation>Ver &amp;resultados</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Techniques that suit the {zone:lower}: {techniques}.</source>
        <translation>Técnicas que convienen a la zona «{zone}»: {techniques}.</translation>
    </message>
    <message>
        <source>{zone}: {level} – {meaning}.</source>
        <comment>&apos;Spine: Avoid – no direct pressure.&apos;</comment>
        <translation>{zone}: {level} – {meaning}.</translation>
    </message>
    <message>
        <source>{zone} ({view:lower})</source>
        <comment>&apos;Forearm (front view)&apos;</comment>
        <translation>{zone} ({view:lower})</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; found at try {number}</source>
        <translation>{zone}: clics: {clicked}; encontrada en el intento {number}</translation>
    </message>
    <message>
        <source>{zone}: you clicked {clicked}; not found</source>
        <translation>{zone}: clics: {clicked}; no encontrada</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer} (safety mistake)</source>
        <translation>{zone}: dijiste {given}; es {answer} (error de seguridad)</translation>
    </message>
    <message>
        <source>{zone}: you said {given}; it is {answer}</source>
        <translation>{zone}: dijiste {given}; es {answer}</translation>
    </message>
    <message>
        <source>{zone}: you chose {given}; {answer} suits it</source>
        <translation>{zone}: elegiste {given}; le conviene {answer}</translation>
    </message>
    <message>
        <source>{technique}: you took its movement for {given}</source>
        <translation>{technique}: confundiste su movimiento con {given}</translation>
    </message>
    <message>
        <source>{technique}: you chose {given}; it goes {way:lower}</source>
        <translation>{technique}: elegiste {given}; va {way:lower}</translation>
    </message>
    <message>
        <source>{zone}: you answered {given}</source>
        <translation>{zone}: respondiste {given}</translation>
    </message>
    <message>
        <source>Results: {mode}</source>
        <translation>Resultados: {mode}</translation>
    </message>
    <message>
        <source>No questions answered</source>
        <translation>Ninguna pregunta respondida</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent})</source>
        <translation>{score} de {answered} correctas al primer intento ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <comment>the score with the hinted answers</comment>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a score with a half point: &apos;2.5 points&apos;</comment>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>{score} of {answered} right at the first try ({percent}), and {hinted} more with a hint, at half: {points}</source>
        <translation>{score} de {answered} correctas al primer intento ({percent}) y {hinted} más con pista, a mitad de valor: {points}</translation>
    </message>
    <message>
        <source>Time: {time}.</source>
        <translation>Tiempo: {time}.</translation>
    </message>
    <message>
        <source>The time ran out; 1 question was not asked.</source>
        <translation>Se acabó el tiempo; 1 pregunta quedó sin hacer.</translation>
    </message>
    <message numerus="yes">
        <source>The time ran out; %n questions were not asked.</source>
        <comment>two or more questions</comment>
        <translation>
            <numerusform>Se acabó el tiempo; %n pregunta quedó sin hacer.</numerusform>
            <numerusform>Se acabó el tiempo; %n preguntas quedaron sin hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time ran out.</source>
        <translation>Se acabó el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>Ended after {answered} of %n question(s).</source>
        <translation>
            <numerusform>Terminada tras {answered} de %n pregunta.</numerusform>
            <numerusform>Terminada tras {answered} de %n preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s): a spot was called less risky than it is. Pressing there can hurt; learn these first.</source>
        <translation>
            <numerusform>%n error de seguridad: un punto se tomó por menos arriesgado de lo que es. Presionar ahí puede hacer daño; apréndelo primero.</numerusform>
            <numerusform>%n errores de seguridad: algunos puntos se tomaron por menos arriesgados de lo que son. Presionar ahí puede hacer daño; apréndelos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es) (select one to see it on the map):</source>
        <translation>
            <numerusform>%n fallo (selecciónalo para verlo en el mapa):</numerusform>
            <numerusform>%n fallos (selecciona uno para verlo en el mapa):</numerusform>
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
        <translation>Rutina guiada · {minutes} · {steps} (los tiempos sugeridos suman {time})</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Massage Trainer {version} · routine &apos;{id}&apos;</source>
        <translation>Massage Trainer {version} · rutina «{id}»</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recuerda</translation>
    </message>
    <message>
        <source>Worked in this routine; the number is its step</source>
        <translation>Se trabaja en esta rutina; el número es su paso</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s); see the Routine tab</source>
        <translation>
            <numerusform>… y %n paso más; consulta la pestaña «Rutina»</numerusform>
            <numerusform>… y %n pasos más; consulta la pestaña «Rutina»</numerusform>
        </translation>
    </message>
    <message>
        <source>{routine} – routine card</source>
        <translation>{routine} – tarjeta de rutina</translation>
    </message>
</context>
<context>
    <name>RoutineStepText</name>
    <message>
        <source>That was the last step. Wipe off extra oil and offer a glass of water.</source>
        <translation>Ese era el último paso. Retira el aceite sobrante y ofrece un vaso de agua.</translation>
    </message>
    <message>
        <source>Time is up for this step. Move on when ready (N).</source>
        <translation>Se acabó el tiempo de este paso. Continúa cuando quieras (N).</translation>
    </message>
    <message>
        <source>Running. Space pauses.</source>
        <translation>En marcha. La barra espaciadora pausa.</translation>
    </message>
    <message>
        <source>Paused. Space carries on.</source>
        <translation>En pausa. La barra espaciadora continúa.</translation>
    </message>
    <message>
        <source>Press Start (Space) when your hands are in place.</source>
        <translation>Pulsa Iniciar (Espacio) cuando tengas las manos en posición.</translation>
    </message>
    <message>
        <source>{icon} {level} {zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{icon} {level} {zone}: {warning}</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Atención en las cercanías</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message numerus="yes">
        <source>about %n min to go</source>
        <translation>
            <numerusform>queda alrededor de %n min</numerusform>
            <numerusform>quedan alrededor de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>no queda nada por hacer</translation>
    </message>
    <message>
        <source>{position}: {step}</source>
        <comment>&apos;Step 3 of 9: Upper back&apos;</comment>
        <translation>{position}: {step}</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Volver a empezar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Em&amp;pezar</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Reanudar</translation>
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
        <translation>Tiempo restante en este paso: {time}.</translation>
    </message>
</context>
<context>
    <name>RoutineTabText</name>
    <message>
        <source>No zones: the person turns over</source>
        <translation>Sin zonas: la persona se da la vuelta</translation>
    </message>
    <message>
        <source>Export Routine Card</source>
        <translation>Exportar tarjeta de la rutina</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Guided routine</source>
        <translation>Rutina guiada</translation>
    </message>
    <message>
        <source>Routine</source>
        <comment>read out: the routine chooser</comment>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>&amp;Which routine:</source>
        <translation>&amp;Elige la rutina:</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: a routine&apos;s step</comment>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <comment>button: step</comment>
        <translation>◀ Anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>button: the clock</comment>
        <translation>C&amp;omenzar</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <comment>button: step</comment>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <comment>button: the routine</comment>
        <translation>&amp;Desde el principio</translation>
    </message>
    <message>
        <source>Move on &amp;automatically</source>
        <translation>Avanzar auto&amp;máticamente</translation>
    </message>
    <message>
        <source>Go to the next step by itself when a step&apos;s time is up</source>
        <translation>Pasar solo al siguiente paso cuando se acabe el tiempo del paso</translation>
    </message>
    <message>
        <source>Keys: Space starts and pauses the clock; N, → or Page Down for the next step; P, ← or Page Up for the previous one.</source>
        <translation>Teclas: Espacio inicia y pausa el reloj; N, → o Av Pág para el paso siguiente; P, ← o Re Pág para el anterior.</translation>
    </message>
    <message>
        <source>Rou&amp;tine</source>
        <comment>the side tab</comment>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>A guided session, step by step</source>
        <translation>Una sesión guiada, paso a paso</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <comment>the menu</comment>
        <translation>Ru&amp;tina</translation>
    </message>
    <message>
        <source>Show &amp;Routine</source>
        <translation>&amp;Mostrar rutina</translation>
    </message>
    <message>
        <source>Open the Routine tab: a guided session, step by step</source>
        <translation>Abrir la pestaña Rutina: una sesión guiada, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Iniciar / Pausa</translation>
    </message>
    <message>
        <source>Start or pause the countdown of this step</source>
        <translation>Iniciar o pausar la cuenta atrás de este paso</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <source>Res&amp;tart Routine</source>
        <translation>&amp;Reiniciar rutina</translation>
    </message>
    <message>
        <source>Back to the first step, with the clock stopped</source>
        <translation>Volver al primer paso, con el reloj parado</translation>
    </message>
    <message>
        <source>Say Time &amp;Left</source>
        <translation>&amp;Decir tiempo restante</translation>
    </message>
    <message>
        <source>Have a screen reader say how much time this step has left</source>
        <translation>Hacer que el lector de pantalla diga cuánto tiempo le queda a este paso</translation>
    </message>
    <message>
        <source>Move On &amp;Automatically</source>
        <translation>Avanzar au&amp;tomáticamente</translation>
    </message>
    <message>
        <source>Go on to the next step when the time is up</source>
        <translation>Pasar al paso siguiente cuando se acabe el tiempo</translation>
    </message>
    <message>
        <source>Print Routine &amp;Card…</source>
        <translation>Imprimir tar&amp;jeta de la rutina…</translation>
    </message>
    <message>
        <source>Preview and print this routine as a one-page card to keep beside the table</source>
        <translation>Ver e imprimir esta rutina como una tarjeta de una página para tener junto a la camilla</translation>
    </message>
    <message>
        <source>&amp;Export Routine Card…</source>
        <translation>E&amp;xportar tarjeta de la rutina…</translation>
    </message>
    <message>
        <source>Save this routine as a one-page PDF card</source>
        <translation>Guardar esta rutina como una tarjeta PDF de una página</translation>
    </message>
    <message>
        <source>&amp;Choose Routine</source>
        <translation>&amp;Elegir rutina</translation>
    </message>
    <message>
        <source>{routine} ({minutes} min)</source>
        <comment>a routine and its length</comment>
        <translation>{routine} ({minutes} min)</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>No hay rutinas</translation>
    </message>
    <message>
        <source>Take care nearby</source>
        <translation>Precaución cerca</translation>
    </message>
    <message>
        <source>{zone}: {warning}</source>
        <comment>a zone near the step</comment>
        <translation>{zone}: {warning}</translation>
    </message>
    <message>
        <source>There are no routines for this zone set.</source>
        <translation>No hay rutinas para este conjunto de zonas.</translation>
    </message>
    <message>
        <source>The routine file has problems</source>
        <translation>El archivo de rutinas tiene problemas</translation>
    </message>
    <message>
        <source>{file} could not be used. Fix these and open the zone set again:</source>
        <translation>No se pudo usar {file}. Corrige estos problemas y vuelve a abrir el conjunto de zonas:</translation>
    </message>
    <message>
        <source>Cannot write the routine card</source>
        <translation>No se puede escribir la tarjeta de la rutina</translation>
    </message>
    <message>
        <source>{file} could not be written:</source>
        <translation>No se pudo escribir {file}:</translation>
    </message>
    <message>
        <source>Wrote the routine card to {file}</source>
        <translation>Tarjeta de la rutina escrita en {file}</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>work here</source>
        <translation>trabaja aquí</translation>
    </message>
    <message>
        <source>a target zone</source>
        <translation>una zona objetivo</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>una zona objetivo</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>light, broad pressure only</source>
        <translation>solo presión ligera y amplia</translation>
    </message>
    <message>
        <source>a caution zone</source>
        <translation>una zona de precaución</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>no direct pressure</source>
        <translation>sin presión directa</translation>
    </message>
    <message>
        <source>a zone to avoid</source>
        <translation>una zona que evitar</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>{view}: zone worksheet</source>
        <comment>the worksheet&apos;s title</comment>
        <translation>{view}: hoja de ejercicios de zonas</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each numbered zone. Both zones of a left and right pair share one number.</source>
        <translation>Escribe el nombre y el nivel de seguridad de cada zona numerada. Las dos zonas de un par izquierda-derecha comparten un número.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <source>Write the name and the safety level of each zone (continued)</source>
        <translation>Escribe el nombre y el nivel de seguridad de cada zona (continuación)</translation>
    </message>
    <message>
        <source>{view}: answer key</source>
        <comment>the answer key&apos;s title</comment>
        <translation>{view}: soluciones</translation>
    </message>
    <message>
        <source>The answers to the worksheet: every numbered zone with its name and its safety level.</source>
        <translation>Las soluciones de la hoja de ejercicios: cada zona numerada con su nombre y su nivel de seguridad.</translation>
    </message>
    <message>
        <source>Key to the numbers</source>
        <translation>Clave de los números</translation>
    </message>
    <message>
        <source>Answer key (continued)</source>
        <translation>Soluciones (continuación)</translation>
    </message>
    <message>
        <source>{view}: where to massage, and where not to</source>
        <comment>the zone sheet&apos;s title</comment>
        <translation>{view}: dónde masajear y dónde no</translation>
    </message>
    <message>
        <source>Work on the zones marked Target; go lightly on Caution; never press on Avoid.</source>
        <translation>Trabaja en las zonas marcadas «Objetivo»; con suavidad en «Precaución»; nunca presiones en «Evitar».</translation>
    </message>
    <message>
        <source>The numbers are explained on the following pages.</source>
        <translation>Los números se explican en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Key to the numbers (continued)</source>
        <translation>Clave de los números (continuación)</translation>
    </message>
    <message>
        <source>zone worksheet</source>
        <translation>hoja de ejercicios de zonas</translation>
    </message>
    <message>
        <source>zone sheet</source>
        <translation>hoja de zonas</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Presión ligera</translation>
    </message>
    <message>
        <source>Moderate pressure</source>
        <translation>Presión moderada</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Presión firme</translation>
    </message>
    <message>
        <source>Pressure varies</source>
        <translation>Presión variable</translation>
    </message>
    <message>
        <source>Upper trapezius ridge</source>
        <translation>Borde del trapecio superior</translation>
    </message>
    <message>
        <source>Collarbone</source>
        <translation>Clavícula</translation>
    </message>
    <message>
        <source>Groin fold</source>
        <translation>Pliegue inguinal</translation>
    </message>
    <message>
        <source>{views} and {last}</source>
        <comment>a list of views: the first ones, the last</comment>
        <translation>{views} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between views in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{view}: {title:lower}</source>
        <comment>a view&apos;s title, then a heading</comment>
        <translation>{view}: {title:lower}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the zone table&apos;s column of numbers</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Zone and safety</source>
        <translation>Zona y seguridad</translation>
    </message>
    <message>
        <source>Why, what to watch for, and the techniques</source>
        <translation>Por qué, qué vigilar y las técnicas</translation>
    </message>
    <message>
        <source>left and right</source>
        <translation>izquierda y derecha</translation>
    </message>
    <message>
        <source>Take care: {warnings}</source>
        <translation>Cuidado: {warnings}</translation>
    </message>
    <message>
        <source>Techniques: {techniques}.</source>
        <translation>Técnicas: {techniques}.</translation>
    </message>
    <message>
        <source>{view}, page {page}</source>
        <translation>{view}, página {page}</translation>
    </message>
    <message>
        <source>The zones of each view are numbered separately, as on that view&apos;s diagram ({where}); both zones of a left and right pair share one number.</source>
        <translation>Las zonas de cada vista se numeran por separado, como en el diagrama de esa vista ({where}); las dos zonas de un par izquierda-derecha comparten un número.</translation>
    </message>
    <message>
        <source>The numbers match the diagram on page 1; both zones of a left and right pair share one number.</source>
        <translation>Los números corresponden al diagrama de la página 1; las dos zonas de un par izquierda-derecha comparten un número.</translation>
    </message>
    <message>
        <source>{numbers} Safety: {levels}.</source>
        <translation>{numbers} Seguridad: {levels}.</translation>
    </message>
    <message>
        <source>numbered as on page {page}</source>
        <translation>numeradas como en la página {page}</translation>
    </message>
    <message>
        <source>The numbered zones (continued)</source>
        <translation>Las zonas numeradas (continuación)</translation>
    </message>
    <message>
        <source>The numbered zones, {view} (continued)</source>
        <translation>Las zonas numeradas, {view} (continuación)</translation>
    </message>
    <message>
        <source>The numbered zones</source>
        <translation>Las zonas numeradas</translation>
    </message>
    <message>
        <source>What lies beneath</source>
        <translation>Lo que hay debajo</translation>
    </message>
    <message>
        <source>What lies beneath: {view:lower}</source>
        <translation>Lo que hay debajo: {view:lower}</translation>
    </message>
    <message>
        <source>The bones, organs, nerves, vessels and muscles under the zones, as the window shows them with every anatomy layer on. The zones are left plain here: their levels are on the diagram page.</source>
        <translation>Los huesos, órganos, nervios, vasos y músculos bajo las zonas, tal como los muestra la ventana con todas las capas anatómicas activadas. Aquí las zonas quedan sin color: sus niveles están en la página del diagrama.</translation>
    </message>
    <message>
        <source>{structures}.</source>
        <comment>a layer&apos;s structures listed</comment>
        <translation>{structures}.</translation>
    </message>
    <message>
        <source>Rules, and when not to massage</source>
        <translation>Reglas, y cuándo no dar masaje</translation>
    </message>
    <message>
        <source>General rules</source>
        <translation>Reglas generales</translation>
    </message>
    <message>
        <source>Some conditions rule a massage out, some rule out one area, and some call for a wait. When in doubt, do not massage and ask a doctor.</source>
        <translation>Algunas afecciones descartan el masaje, otras descartan una zona y otras obligan a esperar. En caso de duda, no des el masaje y consulta a un médico.</translation>
    </message>
    <message>
        <source>When not to massage</source>
        <translation>Cuándo no dar masaje</translation>
    </message>
    <message>
        <source>{view}, {number}</source>
        <comment>a zone&apos;s view and its number</comment>
        <translation>{view}, {number}</translation>
    </message>
    <message>
        <source>Zones: {zones}.</source>
        <translation>Zonas: {zones}.</translation>
    </message>
    <message>
        <source>Order of a session</source>
        <translation>Orden de una sesión</translation>
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
        <translation> y </translation>
    </message>
    <message>
        <source>Used on zone {numbers}.</source>
        <comment>one zone&apos;s number</comment>
        <translation>Se usa en la zona {numbers}.</translation>
    </message>
    <message>
        <source>Used on zones {numbers}.</source>
        <comment>several zones&apos; numbers</comment>
        <translation>Se usa en las zonas {numbers}.</translation>
    </message>
    <message>
        <source>Every technique named in the zone table, grouped by family, with its steps. Work slowly, check the pressure with the person, and keep to the zones marked Target.</source>
        <translation>Cada técnica citada en la tabla de zonas, agrupada por familia, con sus pasos. Trabaja despacio, comprueba la presión con la persona y limítate a las zonas marcadas «Objetivo».</translation>
    </message>
    <message>
        <source>Technique glossary</source>
        <translation>Glosario de técnicas</translation>
    </message>
    <message>
        <source>{technique} (continued)</source>
        <translation>{technique} (continuación)</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>no se pudo empezar una página nueva</translation>
    </message>
    <message>
        <source>Massage Trainer {what} – {views} – {date}</source>
        <translation>Massage Trainer {what} – {views} – {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Massage Trainer teaches massage; it does not give medical advice.</source>
        <translation>Massage Trainer enseña masaje; no es consejo médico.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Nombre de la zona</translation>
    </message>
    <message>
        <source>Safety level</source>
        <translation>Nivel de seguridad</translation>
    </message>
    <message>
        <source>Safety levels</source>
        <translation>Niveles de seguridad</translation>
    </message>
    <message>
        <source>Pressure point: slow, firm thumb pressure</source>
        <translation>Punto de presión: presión lenta y firme con el pulgar</translation>
    </message>
    <message>
        <source>Trigger points: where knots cluster</source>
        <translation>Puntos gatillo: donde se acumulan los nudos</translation>
    </message>
    <message>
        <source>The patterns show each level in a black-and-white copy too.</source>
        <translation>Las tramas muestran cada nivel también en una copia en blanco y negro.</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>a line on the worksheet to write one&apos;s name on</comment>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Continúa en la página siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the PDF zone sheet.</source>
        <translation>
            <numerusform>%n más en la hoja de zonas en PDF.</numerusform>
            <numerusform>%n más en la hoja de zonas en PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPageText</name>
    <message>
        <source>Statistics summary</source>
        <translation>Resumen de las estadísticas</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Respuestas por día</translation>
    </message>
    <message>
        <source>Answers per day in words</source>
        <translation>Respuestas por día en palabras</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Días de estudio</translation>
    </message>
    <message>
        <source>Study days in words</source>
        <translation>Días de estudio en palabras</translation>
    </message>
    <message>
        <source>Safety mistakes per day</source>
        <translation>Errores de seguridad por día</translation>
    </message>
    <message>
        <source>Safety mistakes in words</source>
        <translation>Errores de seguridad en palabras</translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s) (bars), share right (line)</source>
        <translation>
            <numerusform>Respuestas por día, último %n día (barras), proporción de aciertos (línea)</numerusform>
            <numerusform>Respuestas por día, últimos %n días (barras), proporción de aciertos (línea)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Errores de seguridad por día, último %n día</numerusform>
            <numerusform>Errores de seguridad por día, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>Cada zona</translation>
    </message>
    <message>
        <source>Answers, share right and time per area</source>
        <translation>Respuestas, proporción de aciertos y tiempo por zona</translation>
    </message>
    <message>
        <source>Often confused</source>
        <translation>Se confunden a menudo</translation>
    </message>
    <message>
        <source>Export Progress Re&amp;port…</source>
        <translation>Exportar &amp;informe de progreso…</translation>
    </message>
    <message>
        <source>Save these figures and charts as a PDF or a PNG image</source>
        <translation>Guarda estas cifras y gráficos como PDF o imagen PNG</translation>
    </message>
    <message>
        <source>No area was taken for another yet.</source>
        <translation>Todavía no se ha confundido ninguna zona con otra.</translation>
    </message>
</context>
<context>
    <name>StrokeText</name>
    <message>
        <source>floats over the {zone:lower}: no pressure at all here</source>
        <translation>pasa flotando sobre «{zone}»: aquí nada de presión</translation>
    </message>
    <message>
        <source>passes over the {zone:lower}: lighten here</source>
        <translation>pasa por «{zone}»: aquí, presión más suave</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hacia arriba</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hacia abajo</translation>
    </message>
    <message>
        <source>outward</source>
        <translation>hacia fuera</translation>
    </message>
    <message>
        <source>inward</source>
        <translation>hacia dentro</translation>
    </message>
    <message>
        <source>up and outward</source>
        <translation>hacia arriba y hacia fuera</translation>
    </message>
    <message>
        <source>up and inward</source>
        <translation>hacia arriba y hacia dentro</translation>
    </message>
    <message>
        <source>down and outward</source>
        <translation>hacia abajo y hacia fuera</translation>
    </message>
    <message>
        <source>down and inward</source>
        <translation>hacia abajo y hacia dentro</translation>
    </message>
    <message>
        <source>with no pressure</source>
        <translation>sin presión</translation>
    </message>
    <message>
        <source>lightly</source>
        <translation>con suavidad</translation>
    </message>
    <message>
        <source>with moderate pressure</source>
        <translation>con presión moderada</translation>
    </message>
    <message>
        <source>firmly</source>
        <translation>con firmeza</translation>
    </message>
    <message>
        <source>Both hands, one on each side,</source>
        <translation>Ambas manos, una a cada lado,</translation>
    </message>
    <message>
        <source>Both hands together</source>
        <translation>Ambas manos juntas</translation>
    </message>
    <message>
        <source>The hands take turns, one on each side, and</source>
        <translation>Las manos se turnan, una a cada lado, y</translation>
    </message>
    <message>
        <source>The hands take turns and</source>
        <translation>Las manos se turnan y</translation>
    </message>
    <message>
        <source>The left hand, with the right mirroring it on the other side,</source>
        <translation>La mano izquierda, con la derecha imitándola en el otro lado,</translation>
    </message>
    <message>
        <source>The left hand</source>
        <translation>La mano izquierda</translation>
    </message>
    <message>
        <source>The right hand, with the left mirroring it on the other side,</source>
        <translation>La mano derecha, con la izquierda imitándola en el otro lado,</translation>
    </message>
    <message>
        <source>The right hand</source>
        <translation>La mano derecha</translation>
    </message>
    <message>
        <source>The hands</source>
        <translation>Las manos</translation>
    </message>
    <message>
        <source>glide</source>
        <comment>two hands do it</comment>
        <translation>se deslizan</translation>
    </message>
    <message>
        <source>walk in small steps</source>
        <comment>two hands do it</comment>
        <translation>avanzan a pasos cortos</translation>
    </message>
    <message>
        <source>press and let go</source>
        <comment>two hands do it</comment>
        <translation>presionan y sueltan</translation>
    </message>
    <message>
        <source>move</source>
        <comment>two hands do it</comment>
        <translation>se mueven</translation>
    </message>
    <message>
        <source>glides</source>
        <comment>one hand does it</comment>
        <translation>se desliza</translation>
    </message>
    <message>
        <source>walks in small steps</source>
        <comment>one hand does it</comment>
        <translation>avanza a pasos cortos</translation>
    </message>
    <message>
        <source>presses and lets go</source>
        <comment>one hand does it</comment>
        <translation>presiona y suelta</translation>
    </message>
    <message>
        <source>moves</source>
        <comment>one hand does it</comment>
        <translation>se mueve</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <comment>not a whole number</comment>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>passes of a stroke</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
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
        <translation>{direction} desde «{start}» hasta «{end}»</translation>
    </message>
    <message>
        <source>{direction} along the {zone:lower}</source>
        <translation>{direction} a lo largo de «{zone}»</translation>
    </message>
    <message>
        <source>{way} over the {zone:lower}</source>
        <translation>{way} por encima de «{zone}»</translation>
    </message>
    <message>
        <source>{way} into the {zone:lower}</source>
        <translation>{way} hasta «{zone}»</translation>
    </message>
    <message>
        <source>from the {zone:lower} {legs}</source>
        <translation>desde «{zone}» {legs}</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the legs of a stroke&apos;s way</comment>
        <translation>, luego </translation>
    </message>
    <message>
        <source>{way}, back to where it began</source>
        <translation>{way}, de vuelta al punto de partida</translation>
    </message>
    <message>
        <source>each pass takes about {seconds}, {passes}</source>
        <translation>cada pasada dura unos {seconds}, {passes}</translation>
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
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>button: pause the strokes</comment>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>Space on the map or F8 plays and pauses; Shift+F8 steps; Esc clears.</source>
        <translation>Espacio en el mapa o F8 reproduce y pausa; Mayús+F8 avanza paso a paso; Esc las quita.</translation>
    </message>
    <message>
        <source>Strokes of {technique} on the map.</source>
        <translation>Maniobras de {technique} en el mapa.</translation>
    </message>
    <message>
        <source>No strokes of {technique} are drawn on this view of the body.</source>
        <translation>En esta vista del cuerpo no hay maniobras de {technique} dibujadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The strokes&lt;/b&gt; ({view:lower})</source>
        <comment>rich text: keep the &lt;b&gt; marks</comment>
        <translation>&lt;b&gt;Las maniobras&lt;/b&gt; ({view:lower})</translation>
    </message>
    <message>
        <source>On the way:</source>
        <translation>Por el camino:</translation>
    </message>
    <message>
        <source>Drawn on the map now.</source>
        <translation>Ahora dibujadas en el mapa.</translation>
    </message>
    <message>
        <source>▶ Show the strokes on the map</source>
        <translation>▶ Mostrar las maniobras en el mapa</translation>
    </message>
    <message>
        <source>Ready: press Play to watch the hands move at the real pace.</source>
        <translation>Listo: pulsa Reproducir para ver las manos moverse a su ritmo real.</translation>
    </message>
    <message>
        <source>Done: all {time} played. Play starts again.</source>
        <translation>Terminado: reproducidos los {time}. Reproducir vuelve a empezar.</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Reproduciendo: maniobra {stroke} de {strokes}, pasada {pass} de {passes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Playing: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>Reproduciendo: maniobra {stroke} de {strokes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>Reproduciendo: la maniobra, pasada {pass} de {passes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Playing: the stroke · {elapsed} of {total}</source>
        <translation>Reproduciendo: la maniobra · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes}, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>En pausa: maniobra {stroke} de {strokes}, pasada {pass} de {passes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Paused: stroke {stroke} of {strokes} · {elapsed} of {total}</source>
        <translation>En pausa: maniobra {stroke} de {strokes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke, pass {pass} of {passes} · {elapsed} of {total}</source>
        <translation>En pausa: la maniobra, pasada {pass} de {passes} · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Paused: the stroke · {elapsed} of {total}</source>
        <translation>En pausa: la maniobra · {elapsed} de {total}</translation>
    </message>
    <message>
        <source>Strokes on the map</source>
        <translation>Maniobras en el mapa</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement (F8; Space on the map)</source>
        <translation>Reproducir o pausar el movimiento de las manos (F8; Espacio en el mapa)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <comment>button: the next stroke</comment>
        <translation>Paso ▸</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke (Shift+F8)</source>
        <translation>Pausar y pasar a la siguiente pasada o maniobra (Mayús+F8)</translation>
    </message>
    <message>
        <source>✕ Clear</source>
        <comment>button: strokes off</comment>
        <translation>✕ Quitar</translation>
    </message>
    <message>
        <source>Take the strokes off the map (Esc on the map)</source>
        <translation>Quitar las maniobras del mapa (Esc en el mapa)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>read out: play the strokes</comment>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>read out: the next stroke</comment>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Clear the strokes</source>
        <translation>Quitar las maniobras</translation>
    </message>
    <message>
        <source>Play St&amp;rokes</source>
        <translation>R&amp;eproducir maniobras</translation>
    </message>
    <message>
        <source>Play or pause the hands&apos; movement of the technique drawn on the map</source>
        <translation>Reproducir o pausar el movimiento de las manos de la técnica dibujada en el mapa</translation>
    </message>
    <message>
        <source>Step Through Stro&amp;kes</source>
        <translation>Maniobras paso a pa&amp;so</translation>
    </message>
    <message>
        <source>Pause and go on to the next pass or stroke</source>
        <translation>Pausar y pasar a la siguiente pasada o maniobra</translation>
    </message>
    <message>
        <source>Cl&amp;ear Strokes</source>
        <translation>&amp;Quitar maniobras</translation>
    </message>
    <message>
        <source>Take the technique&apos;s strokes off the map</source>
        <translation>Quitar del mapa las maniobras de la técnica</translation>
    </message>
    <message>
        <source>{technique} has no strokes drawn on the {view:lower}.</source>
        <translation>{technique} no tiene maniobras dibujadas en la {view:lower}.</translation>
    </message>
    <message>
        <source>On the map: {technique}</source>
        <translation>En el mapa: {technique}</translation>
    </message>
    <message>
        <source>Strokes of {technique} drawn on the map. Space or F8 plays them.</source>
        <translation>Maniobras de {technique} dibujadas en el mapa. Espacio o F8 las reproduce.</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>read out: pause the strokes</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause St&amp;rokes</source>
        <translation>D&amp;etener maniobras</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <comment>a length of time: &apos;1 hour 5 minutes&apos;</comment>
        <translation>{hours} y {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <comment>a length of time: &apos;1 minute 15 seconds&apos;</comment>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereText</name>
    <message>
        <source>the knob at the base of the skull</source>
        <translation>el bulto óseo en la base del cráneo</translation>
    </message>
    <message>
        <source>the bony knob behind the ear</source>
        <translation>el bulto óseo detrás de la oreja</translation>
    </message>
    <message>
        <source>the bony bump at the base of the neck</source>
        <translation>el bulto óseo en la base del cuello</translation>
    </message>
    <message>
        <source>the tip of the shoulder</source>
        <translation>la punta del hombro</translation>
    </message>
    <message>
        <source>the upper corner of the shoulder blade</source>
        <translation>el ángulo superior del omóplato</translation>
    </message>
    <message>
        <source>the inner end of the shoulder blade&apos;s ridge</source>
        <translation>el extremo interior de la espina del omóplato</translation>
    </message>
    <message>
        <source>the lower tip of the shoulder blade</source>
        <translation>la punta inferior del omóplato</translation>
    </message>
    <message>
        <source>the lowest rib</source>
        <translation>la última costilla</translation>
    </message>
    <message>
        <source>the top of the hip bone</source>
        <translation>el borde superior del hueso de la cadera</translation>
    </message>
    <message>
        <source>the dimple above the buttock</source>
        <translation>el hoyuelo encima de la nalga</translation>
    </message>
    <message>
        <source>the bony point at the side of the hip</source>
        <translation>el saliente óseo en el lado de la cadera</translation>
    </message>
    <message>
        <source>the sitting bone</source>
        <translation>el isquion</translation>
    </message>
    <message>
        <source>the tip of the elbow</source>
        <translation>la punta del codo</translation>
    </message>
    <message>
        <source>the wrist</source>
        <translation>la muñeca</translation>
    </message>
    <message>
        <source>the crease at the back of the knee</source>
        <translation>el pliegue de detrás de la rodilla</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>el talón</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>el mentón</translation>
    </message>
    <message>
        <source>the notch at the top of the breastbone</source>
        <translation>la muesca en lo alto del esternón</translation>
    </message>
    <message>
        <source>the collarbone</source>
        <translation>la clavícula</translation>
    </message>
    <message>
        <source>the nipple</source>
        <translation>el pezón</translation>
    </message>
    <message>
        <source>the lower tip of the breastbone</source>
        <translation>la punta inferior del esternón</translation>
    </message>
    <message>
        <source>the navel</source>
        <translation>el ombligo</translation>
    </message>
    <message>
        <source>the bony point at the front of the hip</source>
        <translation>el saliente óseo en la parte delantera de la cadera</translation>
    </message>
    <message>
        <source>the pubic bone</source>
        <translation>el pubis</translation>
    </message>
    <message>
        <source>the crease of the elbow</source>
        <translation>el pliegue del codo</translation>
    </message>
    <message>
        <source>the kneecap</source>
        <translation>la rótula</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>parte posterior de la cabeza</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta de la espalda</translation>
    </message>
    <message>
        <source>mid-back</source>
        <translation>parte media de la espalda</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>parte baja de la espalda</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>nalgas</translation>
    </message>
    <message>
        <source>back of the left shoulder</source>
        <translation>parte posterior del hombro izquierdo</translation>
    </message>
    <message>
        <source>back of the right shoulder</source>
        <translation>parte posterior del hombro derecho</translation>
    </message>
    <message>
        <source>back of the left upper arm</source>
        <translation>parte posterior del brazo izquierdo</translation>
    </message>
    <message>
        <source>back of the right upper arm</source>
        <translation>parte posterior del brazo derecho</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>codo izquierdo</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>codo derecho</translation>
    </message>
    <message>
        <source>back of the left forearm</source>
        <translation>parte posterior del antebrazo izquierdo</translation>
    </message>
    <message>
        <source>back of the right forearm</source>
        <translation>parte posterior del antebrazo derecho</translation>
    </message>
    <message>
        <source>back of the left hand</source>
        <translation>dorso de la mano izquierda</translation>
    </message>
    <message>
        <source>back of the right hand</source>
        <translation>dorso de la mano derecha</translation>
    </message>
    <message>
        <source>back of the left thigh</source>
        <translation>parte posterior del muslo izquierdo</translation>
    </message>
    <message>
        <source>back of the right thigh</source>
        <translation>parte posterior del muslo derecho</translation>
    </message>
    <message>
        <source>back of the left knee</source>
        <translation>corva izquierda</translation>
    </message>
    <message>
        <source>back of the right knee</source>
        <translation>corva derecha</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>pantorrilla izquierda</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>pantorrilla derecha</translation>
    </message>
    <message>
        <source>left heel</source>
        <translation>talón izquierdo</translation>
    </message>
    <message>
        <source>right heel</source>
        <translation>talón derecho</translation>
    </message>
    <message>
        <source>top of the left shoulder</source>
        <translation>parte superior del hombro izquierdo</translation>
    </message>
    <message>
        <source>top of the right shoulder</source>
        <translation>parte superior del hombro derecho</translation>
    </message>
    <message>
        <source>face</source>
        <translation>cara</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>upper belly</source>
        <translation>parte alta del abdomen</translation>
    </message>
    <message>
        <source>lower belly</source>
        <translation>parte baja del abdomen</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>front of the left shoulder</source>
        <translation>parte delantera del hombro izquierdo</translation>
    </message>
    <message>
        <source>front of the right shoulder</source>
        <translation>parte delantera del hombro derecho</translation>
    </message>
    <message>
        <source>front of the left upper arm</source>
        <translation>parte delantera del brazo izquierdo</translation>
    </message>
    <message>
        <source>front of the right upper arm</source>
        <translation>parte delantera del brazo derecho</translation>
    </message>
    <message>
        <source>inside of the left elbow</source>
        <translation>pliegue del codo izquierdo</translation>
    </message>
    <message>
        <source>inside of the right elbow</source>
        <translation>pliegue del codo derecho</translation>
    </message>
    <message>
        <source>inside of the left forearm</source>
        <translation>cara interna del antebrazo izquierdo</translation>
    </message>
    <message>
        <source>inside of the right forearm</source>
        <translation>cara interna del antebrazo derecho</translation>
    </message>
    <message>
        <source>left palm</source>
        <translation>palma izquierda</translation>
    </message>
    <message>
        <source>right palm</source>
        <translation>palma derecha</translation>
    </message>
    <message>
        <source>front of the left thigh</source>
        <translation>parte delantera del muslo izquierdo</translation>
    </message>
    <message>
        <source>front of the right thigh</source>
        <translation>parte delantera del muslo derecho</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>espinilla izquierda</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>espinilla derecha</translation>
    </message>
    <message>
        <source>top of the left foot</source>
        <translation>empeine izquierdo</translation>
    </message>
    <message>
        <source>top of the right foot</source>
        <translation>empeine derecho</translation>
    </message>
    <message>
        <source>a finger&apos;s width</source>
        <translation>un dedo</translation>
    </message>
    <message>
        <source>two fingers&apos; widths</source>
        <translation>dos dedos</translation>
    </message>
    <message>
        <source>three fingers&apos; widths</source>
        <translation>tres dedos</translation>
    </message>
    <message>
        <source>a hand&apos;s width</source>
        <translation>una mano</translation>
    </message>
    <message>
        <source>a hand and a half</source>
        <translation>una mano y media</translation>
    </message>
    <message>
        <source>two and a half hands&apos; widths</source>
        <translation>dos manos y media</translation>
    </message>
    <message>
        <source>three and a half hands&apos; widths</source>
        <translation>tres manos y media</translation>
    </message>
    <message>
        <source>four and a half hands&apos; widths</source>
        <translation>cuatro manos y media</translation>
    </message>
    <message>
        <source>{number} and a half hands&apos; widths</source>
        <translation>{number} manos y media</translation>
    </message>
    <message>
        <source>two hands&apos; widths</source>
        <translation>dos manos</translation>
    </message>
    <message>
        <source>three hands&apos; widths</source>
        <translation>tres manos</translation>
    </message>
    <message>
        <source>four hands&apos; widths</source>
        <translation>cuatro manos</translation>
    </message>
    <message>
        <source>{number} hands&apos; widths</source>
        <translation>{number} manos</translation>
    </message>
    <message>
        <source>{widths} from the spine</source>
        <translation>a {widths} de la columna</translation>
    </message>
    <message>
        <source>{widths} from the centre line</source>
        <translation>a {widths} de la línea media</translation>
    </message>
    <message>
        <source>level with {landmark}</source>
        <translation>a la misma altura que {landmark}</translation>
    </message>
    <message>
        <source>just below {landmark}</source>
        <translation>un poco más abajo que {landmark}</translation>
    </message>
    <message>
        <source>just above {landmark}</source>
        <translation>un poco más arriba que {landmark}</translation>
    </message>
    <message>
        <source>between {upper} and {lower}</source>
        <comment>two landmarks, the upper one first</comment>
        <translation>entre {upper} y {lower}</translation>
    </message>
    <message>
        <source>below {landmark}</source>
        <translation>más abajo que {landmark}</translation>
    </message>
    <message>
        <source>above {landmark}</source>
        <translation>más arriba que {landmark}</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>fuera del cuerpo</translation>
    </message>
    <message>
        <source>on the {part}</source>
        <comment>a part of a limb, named with its side</comment>
        <translation>{part}</translation>
    </message>
    <message>
        <source>across the middle of the {region}</source>
        <translation>{region}, de lado a lado por el centro</translation>
    </message>
    <message>
        <source>in the middle of the {region}</source>
        <translation>{region}, en el centro</translation>
    </message>
    <message>
        <source>on the left side of the {region}</source>
        <translation>{region}, lado izquierdo</translation>
    </message>
    <message>
        <source>on the right side of the {region}</source>
        <translation>{region}, lado derecho</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the pieces of a description</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{where}; it reaches from the {top} down to the {bottom}</source>
        <translation>{where}; se extiende desde «{top}» hasta «{bottom}»</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <source>Safety &amp;Colours</source>
        <translation>&amp;Colores de seguridad</translation>
    </message>
    <message>
        <source>Fill zones by safety level (patterns stay on, so the map reads in black and white)</source>
        <translation>Rellenar las zonas según su nivel de seguridad (las tramas se mantienen, así el mapa se entiende en blanco y negro)</translation>
    </message>
    <message>
        <source>Zone &amp;Labels</source>
        <translation>&amp;Nombres de zonas</translation>
    </message>
    <message>
        <source>Write each zone&apos;s name on the map</source>
        <translation>Escribir el nombre de cada zona en el mapa</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>&amp;Referencias óseas</translation>
    </message>
    <message>
        <source>Show the bony landmarks the zones are drawn from</source>
        <translation>Mostrar las referencias óseas a partir de las que se dibujan las zonas</translation>
    </message>
    <message>
        <source>&amp;Guide Lines</source>
        <translation>Líneas &amp;guía</translation>
    </message>
    <message>
        <source>Dashed lines to follow with the fingers, such as the ridge that runs out from the skull&apos;s base to the point of the shoulder</source>
        <translation>Líneas discontinuas que siguen los dedos, como el borde que va de la base del cráneo a la punta del hombro</translation>
    </message>
    <message>
        <source>&amp;Pressure Points</source>
        <translation>Puntos de pres&amp;ión</translation>
    </message>
    <message>
        <source>The point between spine and shoulder blade that takes firm, slow thumb pressure</source>
        <translation>El punto entre la columna y el omóplato que admite una presión firme y lenta con el pulgar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vista &amp;posterior</translation>
    </message>
    <message>
        <source>Show the body seen from the back</source>
        <translation>Mostrar el cuerpo visto por detrás</translation>
    </message>
    <message>
        <source>{title}: seen from the back.</source>
        <translation>{title}: visto por detrás.</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>Vista posterior</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <source>Show the body seen from the front</source>
        <translation>Mostrar el cuerpo visto por delante</translation>
    </message>
    <message>
        <source>{title}: seen from the front.</source>
        <translation>{title}: visto por delante.</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Vista anterior</translation>
    </message>
    <message>
        <source>&amp;{view}</source>
        <comment>a view&apos;s menu entry, named from its id</comment>
        <translation>&amp;{view}</translation>
    </message>
    <message>
        <source>Show the body seen from the {view}</source>
        <comment>a view named from its id</comment>
        <translation>Mostrar el cuerpo en la vista {view}</translation>
    </message>
    <message>
        <source>{view} view</source>
        <comment>a view named from its id</comment>
        <translation>Vista {view}</translation>
    </message>
    <message>
        <source>Restart Massage Trainer?</source>
        <translation>¿Reiniciar Massage Trainer?</translation>
    </message>
    <message>
        <source>Massage Trainer shows the language you chose once it starts again. Restart now? Your settings and progress are saved first.</source>
        <translation>Massage Trainer mostrará el idioma que elegiste cuando vuelva a iniciarse. ¿Reiniciar ahora? Antes se guardan tus ajustes y tu progreso.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Zone &amp;Info</source>
        <comment>the side tab</comment>
        <translation>&amp;Info de la zona</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <comment>the side tab</comment>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <comment>the system&apos;s language</comment>
        <translation>Predeterminado del &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>The new language shows the next time Massage Trainer starts.</source>
        <translation>El nuevo idioma aparecerá la próxima vez que se inicie Massage Trainer.</translation>
    </message>
    <message>
        <source>Massage Trainer could not start again: the new language shows the next time you start it.</source>
        <translation>Massage Trainer no pudo volver a iniciarse: el nuevo idioma aparecerá la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Zone Set…</source>
        <translation>&amp;Abrir conjunto de zonas…</translation>
    </message>
    <message>
        <source>Load another zone file</source>
        <translation>Cargar otro archivo de zonas</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Views</source>
        <translation>Abrir &amp;vistas incluidas</translation>
    </message>
    <message>
        <source>Go back to the built-in views of the body</source>
        <translation>Volver a las vistas del cuerpo incluidas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>the toolbar&apos;s name</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>&amp;Turn the Body Over</source>
        <translation>&amp;Dar la vuelta al cuerpo</translation>
    </message>
    <message>
        <source>Show the next view of the body (back, front, ...)</source>
        <translation>Mostrar la siguiente vista del cuerpo (posterior, anterior…)</translation>
    </message>
    <message>
        <source>Anatomy La&amp;yers</source>
        <translation>Capas ana&amp;tómicas</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom in (or use the mouse wheel, or pinch)</source>
        <translation>Ampliar (o usa la rueda del ratón, o pellizca)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;ucir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <comment>tip</comment>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>&amp;Fit Body to Window</source>
        <translation>A&amp;justar el cuerpo a la ventana</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Mostrar el cuerpo entero</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pantalla comp&amp;leta</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <comment>the menu</comment>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>&amp;Next Zone</source>
        <translation>Zona &amp;siguiente</translation>
    </message>
    <message>
        <source>Move to the next zone, head to feet</source>
        <translation>Ir a la zona siguiente, de la cabeza a los pies</translation>
    </message>
    <message>
        <source>&amp;Previous Zone</source>
        <translation>Zona &amp;anterior</translation>
    </message>
    <message>
        <source>Move to the previous zone</source>
        <translation>Ir a la zona anterior</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <source>&amp;Rules and When Not to Massage</source>
        <translation>&amp;Normas y cuándo no dar masaje</translation>
    </message>
    <message>
        <source>The general rules, the reasons not to massage, and the order of a session</source>
        <translation>Las normas generales, los motivos para no dar masaje y el orden de una sesión</translation>
    </message>
    <message>
        <source>Next &amp;Area of the Window</source>
        <translation>Siguiente &amp;parte de la ventana</translation>
    </message>
    <message>
        <source>Move the focus to the map, the side panel or the tabs</source>
        <translation>Llevar el foco al mapa, al panel lateral o a las pestañas</translation>
    </message>
    <message>
        <source>Previous Area of the &amp;Window</source>
        <translation>Parte an&amp;terior de la ventana</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Show &amp;Welcome</source>
        <translation>Mostrar &amp;bienvenida</translation>
    </message>
    <message>
        <source>The three things to do first</source>
        <translation>Las tres primeras cosas que hacer</translation>
    </message>
    <message>
        <source>&amp;About Massage Trainer</source>
        <translation>&amp;Acerca de Massage Trainer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open E&amp;xam…</source>
        <translation>Abrir e&amp;xamen…</translation>
    </message>
    <message>
        <source>Sit an exam file from your instructor</source>
        <translation>Hacer un examen que te ha dado tu docente</translation>
    </message>
    <message>
        <source>Open Class &amp;Results…</source>
        <translation>Abrir &amp;resultados de la clase…</translation>
    </message>
    <message>
        <source>See how a class did: results files of one exam, or a folder of them</source>
        <translation>Ver cómo le ha ido a una clase: archivos de resultados de un examen o una carpeta con ellos</translation>
    </message>
    <message>
        <source>Export &amp;Anki Deck…</source>
        <translation>Exportar &amp;mazo de Anki…</translation>
    </message>
    <message>
        <source>Save the zones of every view as an Anki deck, to learn them on a phone</source>
        <translation>Guardar las zonas de todas las vistas como mazo de Anki para estudiarlas en el móvil</translation>
    </message>
    <message numerus="yes">
        <source>Draw the {layer:lower} that lie under the skin (%n in this view)</source>
        <translation>
            <numerusform>Dibujar bajo la piel: {layer:lower} (%n en esta vista)</numerusform>
            <numerusform>Dibujar bajo la piel: {layer:lower} (%n en esta vista)</numerusform>
        </translation>
    </message>
    <message>
        <source>The map keeps its quiz look until the quiz ends or you leave the Quiz tab.</source>
        <translation>El mapa mantiene su aspecto de cuestionario hasta que este termine o salgas de la pestaña Cuestionario.</translation>
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
            <numerusform>{title}: %n zona. Pasa el ratón por encima para ver los nombres; haz clic para saber más.</numerusform>
            <numerusform>{title}: %n zonas. Pasa el ratón por encima para ver los nombres; haz clic para saber más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the view</source>
        <translation>No se puede mostrar la vista</translation>
    </message>
    <message>
        <source>{title}: seen from the {view}.</source>
        <comment>a view named from its id</comment>
        <translation>{title}: vista {view}.</translation>
    </message>
    <message numerus="yes">
        <source>The {view:lower} ({file}) has %n problem(s), so the current view stays. Fix these and try again:</source>
        <translation>
            <numerusform>La {view:lower} ({file}) tiene %n problema, así que se mantiene la vista actual. Corrígelo y vuelve a intentarlo:</numerusform>
            <numerusform>La {view:lower} ({file}) tiene %n problemas, así que se mantiene la vista actual. Corrígelos y vuelve a intentarlo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the zone set</source>
        <translation>No se puede abrir el conjunto de zonas</translation>
    </message>
    <message>
        <source>The current zone set stays open.</source>
        <translation>El conjunto de zonas actual sigue abierto.</translation>
    </message>
    <message>
        <source>open the file again</source>
        <comment>what to do once the file is fixed</comment>
        <translation>vuelve a abrir el archivo</translation>
    </message>
    <message>
        <source>Selected: {zone} ({side}) – {safety}</source>
        <translation>Seleccionada: {zone} ({side}) – {safety}</translation>
    </message>
    <message>
        <source>Selected: {zone} – {safety}</source>
        <translation>Seleccionada: {zone} – {safety}</translation>
    </message>
    <message>
        <source>That click was beside the body. Click inside the outline to pick a zone.</source>
        <translation>Ese clic ha caído fuera del cuerpo. Haz clic dentro del contorno para elegir una zona.</translation>
    </message>
</context>
</TS>
