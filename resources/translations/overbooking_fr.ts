<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Overbooking</name>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/overbooking.py" line="22"/>
        <source>%1 — %2 registered for %n place(s)</source>
        <translation>
            <numerusform>%1 — %2 inscrits pour %n place</numerusform>
            <numerusform>%1 — %2 inscrits pour %n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/overbooking.py" line="24"/>
        <source>⚠ Overbooked: %1.</source>
        <translation>⚠ Surréservé : %1.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tables.py" line="52"/>
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Surréservé : %1 inscrits pour %n place</numerusform>
            <numerusform>Surréservé : %1 inscrits pour %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="93"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="113"/>
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Surréservé : %1 inscrits pour %n place</numerusform>
            <numerusform>Surréservé : %1 inscrits pour %n places</numerusform>
        </translation>
    </message>
</context>
</TS>
