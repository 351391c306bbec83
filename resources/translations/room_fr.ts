<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RoomChoice</name>
    <message>
        <location filename="../../checkin/gui/room/room_choice.py" line="20"/>
        <source>In which room is this station?</source>
        <translation>Dans quelle salle est ce poste ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/room_choice.py" line="23"/>
        <source>Asked once: the station then opens on the session of the hour. You can change the room from the Room menu.</source>
        <translation>Demandé une seule fois : le poste s’ouvre ensuite sur la session de l’heure. Vous pouvez changer de salle depuis le menu Salle.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/room_choice.py" line="38"/>
        <source>The programme names no rooms: add them to the sessions first.</source>
        <translation>Le programme ne nomme aucune salle : ajoutez-les d’abord aux sessions.</translation>
    </message>
</context>
<context>
    <name>RoomOutcome</name>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="34"/>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="35"/>
        <source>Already recorded</source>
        <translation>Déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="36"/>
        <source>Change of workshop</source>
        <translation>Changement d’atelier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="37"/>
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="38"/>
        <source>Present — checked in too</source>
        <translation>Présent·e (accueil fait)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="39"/>
        <source>Present — outside the hours</source>
        <translation>Présent·e — hors horaires</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="40"/>
        <source>Attendance undone</source>
        <translation>Présence annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="47"/>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="48"/>
        <source>Nothing recorded again.</source>
        <translation>Rien n’est enregistré de nouveau.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="49"/>
        <source>Not recorded: every place is taken. You decide.</source>
        <translation>Non enregistré : toutes les places sont prises. À vous de décider.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="50"/>
        <source>The person is no longer counted in this session.</source>
        <translation>La personne n’est plus comptée dans cette session.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="52"/>
        <source>Scan a badge, type a name or tick the list.</source>
        <translation>Scannez un badge, tapez un nom ou cochez la liste.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="62"/>
        <source>Had chosen %1. Recorded here, flagged as a change of workshop.</source>
        <translation>Avait choisi %1. Enregistré ici, signalé comme changement d’atelier.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="65"/>
        <source>Was not checked in at reception: checked in now as well.</source>
        <translation>N’était pas passé·e à l’accueil : arrivée enregistrée aussi.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="68"/>
        <source>Let in although the session is full (%1 places).</source>
        <translation>Admis·e bien que la session soit complète (%1 places).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="71"/>
        <source>Recorded, but this session runs %1: check that it is the right one.</source>
        <translation>Enregistré, mais cette session a lieu de %1 : vérifiez que c’est la bonne.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/looks.py" line="82"/>
        <source>:</source>
        <comment>hour/minute separator (14h00 in French)</comment>
        <translation>h</translation>
    </message>
</context>
<context>
    <name>RoomOutcomeCard</name>
    <message>
        <location filename="../../checkin/gui/room/outcome_card.py" line="39"/>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/outcome_card.py" line="41"/>
        <source>Let them in anyway</source>
        <translation>Faire entrer quand même</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/outcome_card.py" line="48"/>
        <source>Needs: %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/outcome_card.py" line="68"/>
        <source>Recorded at %1: nothing recorded again.</source>
        <translation>Enregistré·e à %1 : rien n’est enregistré de nouveau.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/outcome_card.py" line="71"/>
        <source>All %1 places are taken: not recorded. You decide.</source>
        <translation>Les %1 places sont prises : non enregistré. À vous de décider.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="98"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="117"/>
        <source>Scan a badge, or type a name</source>
        <translation>Scannez un badge ou tapez un nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="178"/>
        <source>Undo the last recording</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="180"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="181"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="183"/>
        <source>Session by the clock</source>
        <translation>Session selon l’heure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="184"/>
        <source>Change the room of this station…</source>
        <translation>Changer la salle de ce poste…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="187"/>
        <source>Enter: record</source>
        <translation>Entrée : enregistrer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="187"/>
        <source>↑ ↓: choose</source>
        <translation>↑ ↓ : choisir</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="187"/>
        <source>Esc: clear</source>
        <translation>Échap : effacer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="188"/>
        <source>Tick a name: present</source>
        <translation>Cocher un nom : présent</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="188"/>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z : annuler</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="189"/>
        <source>Ctrl+F: search</source>
        <translation>Ctrl+F : rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="189"/>
        <source>F9: camera</source>
        <translation>F9 : caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="288"/>
        <source>Registered: %1 — %2 present. Tick those who came.</source>
        <translation>Inscrits : %1 — %2 présents. Cochez les personnes venues.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="290"/>
        <source>Present without having registered: %1</source>
        <translation>Présents sans inscription : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="291"/>
        <source>Present from another workshop (or no choice): %1</source>
        <translation>Présents venus d’un autre atelier (ou sans choix) : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="326"/>
        <source>Search: %1 found. Enter records the one chosen.</source>
        <translation>Recherche : %1 trouvé(s). Entrée enregistre la personne choisie.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="379"/>
        <source>Choose the room of this station first.</source>
        <translation>Choisissez d’abord la salle de ce poste.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="382"/>
        <source>Same badge read again: ignored.</source>
        <translation>Même badge relu : ignoré.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="408"/>
        <source>Remove %1 from the people present?</source>
        <translation>Retirer %1 des présents ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="421"/>
        <source>Recorded in session %1.</source>
        <translation>Enregistré dans la session %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="440"/>
        <source>Nothing to undo here.</source>
        <translation>Rien à annuler ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/view.py" line="483"/>
        <source>Undo attendance</source>
        <translation>Annuler la présence</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../checkin/gui/room/roster_model.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/roster_model.py" line="92"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/roster_model.py" line="93"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/roster_model.py" line="94"/>
        <source>Had chosen</source>
        <translation>Avait choisi</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/roster_model.py" line="95"/>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="43"/>
        <source>Back to the session by the clock</source>
        <translation>Revenir à la session de l’heure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="73"/>
        <source>on now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="75"/>
        <source>not started yet</source>
        <translation>pas encore commencée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="77"/>
        <source>over</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="83"/>
        <source>Present %1</source>
        <translation>Présents %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="85"/>
        <source>/ %1 places</source>
        <translation>/ %1 places</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="86"/>
        <source>%1 registered</source>
        <translation>%1 inscrits</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/room/header.py" line="88"/>
        <source>%1 with needs</source>
        <translation>%1 besoins particuliers</translation>
    </message>
</context>
</TS>
