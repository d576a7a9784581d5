<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
