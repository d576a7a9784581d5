<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Formatting</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: day, short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: day, short month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern: day, month&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: day, month&apos;s name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd {date}</source>
        <comment>date pattern: short weekday, then a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern: weekday, day, month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: weekday, day, month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a clock time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
