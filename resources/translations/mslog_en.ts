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
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>Plan the %n week</numerusform>
            <numerusform>Plan the %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Try a habit for %n week</numerusform>
            <numerusform>Try a habit for %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n dose is due</numerusform>
            <numerusform>%n doses are due</numerusform>
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
    <name>TreatmentsCard</name>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>Show %n</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message numerus="yes">
        <source>Add a habit first, then try it for %n weeks.</source>
        <translation>
            <numerusform>Add a habit first, then try it for %n week.</numerusform>
            <numerusform>Add a habit first, then try it for %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Try a habit for %n week…</numerusform>
            <numerusform>Try a habit for %n weeks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Try another habit for %n week…</numerusform>
            <numerusform>Try another habit for %n weeks…</numerusform>
        </translation>
    </message>
</context>
</TS>
