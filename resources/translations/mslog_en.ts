<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DayView</name>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation>
            <numerusform>Spasms · %n</numerusform>
            <numerusform>Spasms · %n</numerusform>
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
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Planned: {habit} for %n week from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</numerusform>
            <numerusform>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>Woken %n time</numerusform>
            <numerusform>Woken %n times</numerusform>
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
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n entry holds “{words}”, the newest %n are listed. Enter or a click opens the day.</numerusform>
            <numerusform>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n entry holds “{words}”. Enter or a click opens the day.</numerusform>
            <numerusform>%n entries hold “{words}”. Enter or a click opens the day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpasmChecks</name>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>must be at most %n character</numerusform>
            <numerusform>must be at most %n characters</numerusform>
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
