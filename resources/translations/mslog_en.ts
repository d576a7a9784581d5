<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BarsChart</name>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n spasm</numerusform>
            <numerusform>{label}: %n spasms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n day counted: {complete} complete, {partial} partial, {unknown} unknown</numerusform>
            <numerusform>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n day counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</numerusform>
            <numerusform>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>based on %n day ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</numerusform>
            <numerusform>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>based on only %n complete day ({steadier} make a steadier figure)</numerusform>
            <numerusform>based on only %n complete days ({steadier} make a steadier figure)</numerusform>
        </translation>
    </message>
</context>
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
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Based on %n complete day of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</numerusform>
            <numerusform>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>No factor has {needed} complete days with it and {needed} without it yet (%n complete day).</numerusform>
            <numerusform>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>No factor stood out: %n factor tested on {complete} complete days, none with a clear difference.</numerusform>
            <numerusform>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>{clear} of %n factor tested on {complete} complete days stood out.</numerusform>
            <numerusform>{clear} of %n factors tested on {complete} complete days stood out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} on %n spasm</numerusform>
            <numerusform>{trigger} on %n spasms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n hour has {count} each</numerusform>
            <numerusform>%n hours have {count} each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasm</numerusform>
            <numerusform>%n spasms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} on %n day</numerusform>
            <numerusform>{nrs} on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} and %n more</numerusform>
            <numerusform>{triggers} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasm</numerusform>
            <numerusform>%n spasms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n spasm, rated {mean} on average, highest {peak}</numerusform>
            <numerusform>%n spasms, rated {mean} on average, highest {peak}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n habit done</numerusform>
            <numerusform>%n habits done</numerusform>
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
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation>
            <numerusform>A one- or two-page summary of {range} (%n day) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</numerusform>
            <numerusform>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>on %n spasm</numerusform>
            <numerusform>on %n spasms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>on %n spasm each</numerusform>
            <numerusform>on %n spasms each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n spasm in this range</numerusform>
            <numerusform>{weekday} {hours}: %n spasms in this range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasm</numerusform>
            <numerusform>{when}, {hours}: %n spasms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasm, worst severity {worst}</numerusform>
            <numerusform>{when}, {hours}: %n spasms, worst severity {worst}</numerusform>
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
<context>
    <name>TrendsView</name>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n day (your diary had not begun in the days before)</numerusform>
            <numerusform>{range} · %n days (your diary had not begun in the days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n day, compared with the %n before</numerusform>
            <numerusform>{range} · %n days, compared with the %n before</numerusform>
        </translation>
    </message>
</context>
</TS>
