<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Scanning</name>
    <message>
        <source>Badge scanned while a window was open: it was read on the station behind it; the window was left as it was.</source>
        <translation>Badge scanné pendant qu’une fenêtre était ouverte : il a été lu par le poste derrière elle ; la fenêtre est restée telle quelle.</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <source>The badge of %1 is already being printed.</source>
        <translation>Impression déjà en cours pour %1 : le badge ne sortira qu’une fois.</translation>
    </message>
</context>
</TS>
