<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>RoomView</name>
    <message numerus="yes">
        <source>Registered: %1 — %n present. Tick those who came.</source>
        <translation>
            <numerusform>Inscrits : %1 — %n présent·e. Cochez les personnes venues.</numerusform>
            <numerusform>Inscrits : %1 — %n présents. Cochez les personnes venues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: %n found. Enter records the one chosen.</source>
        <translation>
            <numerusform>Recherche : %n personne trouvée. Entrée enregistre sa présence.</numerusform>
            <numerusform>Recherche : %n personnes trouvées. Entrée enregistre la présence de la personne choisie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit·e</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with needs</source>
        <translation>
            <numerusform>%n besoin particulier</numerusform>
            <numerusform>%n besoins particuliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
</context>
</TS>
