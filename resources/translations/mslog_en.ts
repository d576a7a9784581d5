<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>The note is too long (%n character; at most {limit} fit).</numerusform>
            <numerusform>The note is too long (%n characters; at most {limit} fit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyNumbers</name>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n point</numerusform>
            <numerusform>+%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} of %n day</numerusform>
            <numerusform>{count} of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} on %n complete day</numerusform>
            <numerusform>{mean} on %n complete days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} on %n day</numerusform>
            <numerusform>{mean} on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} on %n day (none complete: spasms may be missing)</numerusform>
            <numerusform>{mean} on %n days (none complete: spasms may be missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} on %n day (only {complete} complete: spasms may be missing)</numerusform>
            <numerusform>{mean} on %n days (only {complete} complete: spasms may be missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} on %n night</numerusform>
            <numerusform>{mean} on %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (fewer than %n complete day in a period)</numerusform>
            <numerusform>– (fewer than %n complete days in a period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (fewer than %n day in a period)</numerusform>
            <numerusform>– (fewer than %n days in a period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (fewer than %n day rated in a period)</numerusform>
            <numerusform>– (fewer than %n days rated in a period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (fewer than %n dose due in a period)</numerusform>
            <numerusform>– (fewer than %n doses due in a period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n point</numerusform>
            <numerusform>−%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Not saved: the spasm you noted at {times}, because your diary did not open. Please write it down, and add it with “Log an earlier spasm” once it opens.</numerusform>
            <numerusform>Not saved: the spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n completed session</numerusform>
            <numerusform>%n completed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n day counted: {complete} complete, {partial} partial, {unknown} unknown</numerusform>
            <numerusform>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Days with stretching (a session or a stretching habit): {count} of %n day.</numerusform>
            <numerusform>Days with stretching (a session or a stretching habit): {count} of %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}; %n spasm logged</numerusform>
            <numerusform>{days}; %n spasms logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} of %n spasm logged ({share} %) was at night, between {evening} and {morning} local time.</numerusform>
            <numerusform>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} of %n spasm logged ({share} %) were at night, between {evening} and {morning} local time.</numerusform>
            <numerusform>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n earlier change, the first {change}</numerusform>
            <numerusform>%n earlier changes, the first {change}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Side effects noted on %n day.</numerusform>
            <numerusform>Side effects noted on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Side effects noted on %n day: {kinds}.</numerusform>
            <numerusform>Side effects noted on %n days: {kinds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n days)</source>
        <translation>
            <numerusform>{kind} (%n day)</numerusform>
            <numerusform>{kind} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dose taken as needed, all {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n doses taken as needed, all {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}: %n dose taken as needed, at different times of day.</numerusform>
            <numerusform>{medicine}: %n doses taken as needed, at different times of day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dose taken as needed, {most} of {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}: %n dose taken as needed.</numerusform>
            <numerusform>{medicine}: %n doses taken as needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>From the person&apos;s own MSLog diary: %n day, compared with the %n day before ({previous}). Prepared {date} with MSLog {version}.</numerusform>
            <numerusform>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Today · %n spasm</numerusform>
            <numerusform>Today · %n spasms</numerusform>
        </translation>
    </message>
</context>
</TS>
