<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnkiExportText</name>
    <message numerus="yes">
        <source>A view has %n problem(s). No deck was written. Fix the file and export again:</source>
        <translation>
            <numerusform>A view has %n problem. No deck was written. Fix the file and export again:</numerusform>
            <numerusform>A view has %n problems. No deck was written. Fix the file and export again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least {least} answers.</source>
        <translation>
            <numerusform>Streak: %n day in a row with at least {least} answers.</numerusform>
            <numerusform>Streak: %n days in a row with at least {least} answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>No answers in the last %n day.</numerusform>
            <numerusform>No answers in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the last days shown</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n safety mistake</numerusform>
            <numerusform>%n safety mistakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study day(s)</source>
        <translation>
            <numerusform>%n study day</numerusform>
            <numerusform>%n study days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{asked}: answered with {instead} %n time(s)</source>
        <translation>
            <numerusform>{asked}: answered with {instead} %n time</numerusform>
            <numerusform>{asked}: answered with {instead} %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers per day, last %n day(s)</source>
        <translation>
            <numerusform>Answers per day, last %n day</numerusform>
            <numerusform>Answers per day, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Safety mistakes per day, last %n day</numerusform>
            <numerusform>Safety mistakes per day, last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassSummaryText</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s)</source>
        <translation>
            <numerusform>%n safety mistake</numerusform>
            <numerusform>%n safety mistakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more zone(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… and %n more zone: the CSV export lists them all.</numerusform>
            <numerusform>… and %n more zones: the CSV export lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more learner(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… and %n more learner: the CSV export lists them all.</numerusform>
            <numerusform>… and %n more learners: the CSV export lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s): the CSV export lists them all.</source>
        <translation>
            <numerusform>… and %n more file: the CSV export lists them all.</numerusform>
            <numerusform>… and %n more files: the CSV export lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassWindowText</name>
    <message numerus="yes">
        <source>%n file(s) left out: see Left Out.</source>
        <translation>
            <numerusform>%n file left out: see Left Out.</numerusform>
            <numerusform>%n files left out: see Left Out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
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
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n contraindication</numerusform>
            <numerusform>%n contraindications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session step(s)</source>
        <translation>
            <numerusform>%n session step</numerusform>
            <numerusform>%n session steps</numerusform>
        </translation>
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
            <numerusform>%n landmark</numerusform>
            <numerusform>%n landmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: there is no such file yet: the %n text(s) of {source} are shown in English</source>
        <translation>
            <numerusform>{file}: there is no such file yet: the %n text of {source} are shown in English</numerusform>
            <numerusform>{file}: there is no such file yet: the %n texts of {source} are shown in English</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): there are problems (above to fix); %n text(s) not translated yet.</source>
        <translation>
            <numerusform>{language} ({code}): there are problems (above to fix); %n text not translated yet.</numerusform>
            <numerusform>{language} ({code}): there are problems (above to fix); %n texts not translated yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{language} ({code}): %n text(s) not translated yet, shown in English.</source>
        <translation>
            <numerusform>{language} ({code}): %n text not translated yet, shown in English.</numerusform>
            <numerusform>{language} ({code}): %n texts not translated yet, shown in English.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
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
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
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
    <name>DialogsText</name>
    <message numerus="yes">
        <source>{name} has %n problem(s). {outcome} {fix}</source>
        <translation>
            <numerusform>{name} has %n problem. {outcome} {fix}</numerusform>
            <numerusform>{name} has %n problems. {outcome} {fix}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamFileText</name>
    <message numerus="yes">
        <source>the learner&apos;s name is longer than %n characters</source>
        <translation>
            <numerusform>the learner&apos;s name is longer than %n character</numerusform>
            <numerusform>the learner&apos;s name is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamWindowText</name>
    <message numerus="yes">
        <source>End the exam now? %n unanswered question(s) will count as not answered. You can save your results next.</source>
        <translation>
            <numerusform>End the exam now? %n unanswered question will count as not answered. You can save your results next.</numerusform>
            <numerusform>End the exam now? %n unanswered questions will count as not answered. You can save your results next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the {view:lower} ({kinds}).</source>
        <translation>
            <numerusform>%n question on the {view:lower} ({kinds}).</numerusform>
            <numerusform>%n questions on the {view:lower} ({kinds}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on {views} ({kinds}).</source>
        <translation>
            <numerusform>%n question on {views} ({kinds}).</numerusform>
            <numerusform>%n questions on {views} ({kinds}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressFileText</name>
    <message numerus="yes">
        <source>%n items of your saved progress could not be read and were left out ({problem}; and more).</source>
        <comment>two or more items</comment>
        <translation>
            <numerusform>%n item of your saved progress could not be read and was left out ({problem}; and more).</numerusform>
            <numerusform>%n items of your saved progress could not be read and were left out ({problem}; and more).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressTabText</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due</comment>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: {practised} of %n area practised. Box 1 is still being missed; box 5 is known for weeks.</numerusform>
            <numerusform>{view}: {practised} of %n areas practised. Box 1 is still being missed; box 5 is known for weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{view}: {practised} of %n area(s) practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</source>
        <translation>
            <numerusform>{view}: {practised} of %n area practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</numerusform>
            <numerusform>{view}: {practised} of %n areas practised in “{mode}”. Box 1 is still being missed; box 5 is known for weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizTabText</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message numerus="yes">
        <source>%n more tries.</source>
        <comment>two or more tries left</comment>
        <translation>
            <numerusform>%n more try.</numerusform>
            <numerusform>%n more tries.</numerusform>
        </translation>
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
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <comment>due for practice</comment>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <comment>the score with the hinted answers</comment>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time ran out; %n questions were not asked.</source>
        <comment>two or more questions</comment>
        <translation>
            <numerusform>The time ran out; %n question was not asked.</numerusform>
            <numerusform>The time ran out; %n questions were not asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended after {answered} of %n question(s).</source>
        <translation>
            <numerusform>Ended after {answered} of %n question.</numerusform>
            <numerusform>Ended after {answered} of %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety mistake(s): a spot was called less risky than it is. Pressing there can hurt; learn these first.</source>
        <translation>
            <numerusform>%n safety mistake: a spot was called less risky than it is. Pressing there can hurt; learn these first.</numerusform>
            <numerusform>%n safety mistakes: a spot was called less risky than it is. Pressing there can hurt; learn these first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es) (select one to see it on the map):</source>
        <translation>
            <numerusform>%n miss (select one to see it on the map):</numerusform>
            <numerusform>%n misses (select one to see it on the map):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCardText</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s); see the Routine tab</source>
        <translation>
            <numerusform>… and %n more step; see the Routine tab</numerusform>
            <numerusform>… and %n more steps; see the Routine tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineStepText</name>
    <message numerus="yes">
        <source>about %n min to go</source>
        <translation>
            <numerusform>about %n min to go</numerusform>
            <numerusform>about %n min to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message numerus="yes">
        <source>%n more in the PDF zone sheet.</source>
        <translation>
            <numerusform>%n more in the PDF zone sheet.</numerusform>
            <numerusform>%n more in the PDF zone sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPageText</name>
    <message numerus="yes">
        <source>Answers per day, last %n day(s) (bars), share right (line)</source>
        <translation>
            <numerusform>Answers per day, last %n day (bars), share right (line)</numerusform>
            <numerusform>Answers per day, last %n days (bars), share right (line)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety mistakes per day, last %n day(s)</source>
        <translation>
            <numerusform>Safety mistakes per day, last %n day</numerusform>
            <numerusform>Safety mistakes per day, last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrokeText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>passes of a stroke</comment>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message numerus="yes">
        <source>Draw the {layer:lower} that lie under the skin (%n in this view)</source>
        <translation>
            <numerusform>Draw the {layer:lower} that lie under the skin (%n in this view)</numerusform>
            <numerusform>Draw the {layer:lower} that lie under the skin (%n in this view)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n zone(s). Hover to see names; click to learn more.</source>
        <translation>
            <numerusform>{title}: %n zone. Hover to see names; click to learn more.</numerusform>
            <numerusform>{title}: %n zones. Hover to see names; click to learn more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {view:lower} ({file}) has %n problem(s), so the current view stays. Fix these and try again:</source>
        <translation>
            <numerusform>The {view:lower} ({file}) has %n problem, so the current view stays. Fix these and try again:</numerusform>
            <numerusform>The {view:lower} ({file}) has %n problems, so the current view stays. Fix these and try again:</numerusform>
        </translation>
    </message>
</context>
</TS>
