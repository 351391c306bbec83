<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PrintNotice</name>
    <message>
        <location filename="../../checkin/gui/desk/print_notice.py" line="29"/>
        <source>Choose a printer…</source>
        <translation>Choisir une imprimante…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/print_notice.py" line="40"/>
        <source>⚠ No badge printer is chosen for this station: choose one to print the badge of %1.</source>
        <translation>⚠ Aucune imprimante de badges n’est choisie pour ce poste : choisissez-en une pour imprimer le badge de %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/print_notice.py" line="45"/>
        <source>⚠ Badge of %1 not printed: %2</source>
        <translation>⚠ Badge de %1 non imprimé : %2</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/print_notice.py" line="46"/>
        <source>⚠ Badge not printed: %2</source>
        <translation>⚠ Badge non imprimé : %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../checkin/gui/printing.py" line="182"/>
        <source>%1 — printed by this application</source>
        <translation>%1 — imprimé par l’application</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/printing.py" line="183"/>
        <source>%1 — the PDF file sent to CUPS</source>
        <translation>%1 — fichier PDF envoyé à CUPS</translation>
    </message>
</context>
</TS>
