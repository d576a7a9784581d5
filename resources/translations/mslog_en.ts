<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n entry</numerusform>
            <numerusform>{made} — {why} — %n entries</numerusform>
        </translation>
    </message>
</context>
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
    <name>CheckInCommand</name>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: %n spasm is logged on {day}; use --complete if they are all in the log</numerusform>
            <numerusform>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>all logged (%n in the log)</numerusform>
            <numerusform>all logged (%n in the log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>not filled in (the day counts as unknown; %n in the log)</numerusform>
            <numerusform>not filled in (the day counts as unknown; %n in the log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>%n spasm is logged for today.</numerusform>
            <numerusform>%n spasms are logged for today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>%n spasm is logged for yesterday.</numerusform>
            <numerusform>%n spasms are logged for yesterday.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>%n spasm is logged for {day}.</numerusform>
            <numerusform>%n spasms are logged for {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n dose is due</numerusform>
            <numerusform>%n doses are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n dose came due while MSLog was paused</numerusform>
            <numerusform>%n doses came due while MSLog was paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Baclofen pump refill due on {day}, in %n days.</source>
        <translation>
            <numerusform>Baclofen pump refill due on {day}, in %n day.</numerusform>
            <numerusform>Baclofen pump refill due on {day}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>must be at most %n character</numerusform>
            <numerusform>must be at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} of %n habit done</numerusform>
            <numerusform>{done} of %n habits done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} of %n dose taken</numerusform>
            <numerusform>{taken} of %n doses taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} did not happen here: the clocks went forward %n minute that night; give the time the clock showed (such as {later})</numerusform>
            <numerusform>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>A verified copy of your diary (%n entry) is saved in
{folder}</numerusform>
            <numerusform>A verified copy of your diary (%n entries) is saved in
{folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Your diary now holds the %n entry from the backup.</numerusform>
            <numerusform>Your diary now holds the %n entries from the backup.</numerusform>
        </translation>
    </message>
</context>
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
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n value in your diary is not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</numerusform>
            <numerusform>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</numerusform>
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
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n was already in your diary</numerusform>
            <numerusform>%n were already in your diary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>Imported %n new spasm entry</numerusform>
            <numerusform>Imported %n new spasm entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>and %n other record</numerusform>
            <numerusform>and %n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>must be a list of %n value</numerusform>
            <numerusform>must be a list of %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Not enough days yet (at least %n complete day with and %n without): {factors}.</numerusform>
            <numerusform>Not enough days yet (at least %n complete days with and %n without): {factors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>first day (default: %n day ago)</numerusform>
            <numerusform>first day (default: %n days ago)</numerusform>
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
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Each bar spans %n day: full colour up to the lowest of them, pale up to the highest.</numerusform>
            <numerusform>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</numerusform>
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
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n partly done</numerusform>
            <numerusform>%n partly done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}: {done} of %n step</numerusform>
            <numerusform>{outcome}: {done} of %n steps</numerusform>
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
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n second · breathe normally</numerusform>
            <numerusform>%n seconds · breathe normally</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Your newest good backup is from {day} at {time} and holds %n entry. Restoring it is usually the best choice.</numerusform>
            <numerusform>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</numerusform>
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
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n step · {length} with get-ready</numerusform>
            <numerusform>%n steps · {length} with get-ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n step · {length}</numerusform>
            <numerusform>%n steps · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n problem in {file}</numerusform>
            <numerusform>%n problems in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}: OK, {name}: %n step, {length}</numerusform>
            <numerusform>{file}: OK, {name}: %n steps, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>Restored %n entry from {source}</numerusform>
            <numerusform>Restored %n entries from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Saved a verified backup with %n entry: {path}</numerusform>
            <numerusform>Saved a verified backup with %n entries: {path}</numerusform>
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
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n spasm from {first} to {last}</numerusform>
            <numerusform>%n spasms from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
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
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n partly done</numerusform>
            <numerusform>%n partly done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
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
<context>
    <name>Trial</name>
    <message numerus="yes">
        <source>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</source>
        <translation>
            <numerusform>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</numerusform>
            <numerusform>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>The plan was followed on {followed} of %n day: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</numerusform>
            <numerusform>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Trial of {name}, %n week from {day}. Weeks in the order {order} (the order was drawn at random).</numerusform>
            <numerusform>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Trial of {name}, stopped on {day} after %n day. Weeks in the order {order} (the order was drawn at random).</numerusform>
            <numerusform>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}: a %n-week trial starts on {day}, the first week with it.</numerusform>
            <numerusform>{name}: a %n-week trial starts on {day}, the first week with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}: a %n-week trial starts on {day}, the first week without it.</numerusform>
            <numerusform>{name}: a %n-week trial starts on {day}, the first week without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}: the %n-week trial ended on {day}.</numerusform>
            <numerusform>{name}: the %n-week trial ended on {day}.</numerusform>
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
