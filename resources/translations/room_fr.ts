<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RoomChoice</name>
    <message>
        <source>In which room is this station?</source>
        <translation>Dans quelle salle est ce poste ?</translation>
    </message>
    <message>
        <source>Asked once: the station then opens on the session of the hour. You can change the room from the Room menu.</source>
        <translation>Demandé une seule fois : le poste s’ouvre ensuite sur la session de l’heure. Vous pouvez changer de salle depuis le menu Salle.</translation>
    </message>
    <message>
        <source>The programme names no rooms: add them to the sessions first.</source>
        <translation>Le programme ne nomme aucune salle : ajoutez-les d’abord aux sessions.</translation>
    </message>
</context>
<context>
    <name>RoomOutcome</name>
    <message>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà noté·e présent·e</translation>
    </message>
    <message>
        <source>Change of workshop</source>
        <translation>Changement d’atelier</translation>
    </message>
    <message>
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <source>Present — checked in too</source>
        <translation>Présent·e (accueil fait)</translation>
    </message>
    <message>
        <source>Present — outside the hours</source>
        <translation>Présent·e — hors horaires</translation>
    </message>
    <message>
        <source>Attendance undone</source>
        <translation>Présence annulée</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Présence notée.</translation>
    </message>
    <message>
        <source>Nothing recorded again.</source>
        <translation>Sa présence était déjà notée : rien de plus.</translation>
    </message>
    <message>
        <source>Not recorded: every place is taken. You decide.</source>
        <translation>Présence non notée : toutes les places sont prises. À vous de décider.</translation>
    </message>
    <message>
        <source>The person is no longer counted in this session.</source>
        <translation>La personne n’est plus comptée dans cette session.</translation>
    </message>
    <message>
        <source>Scan a badge, type a name or tick the list.</source>
        <translation>Scannez un badge, tapez un nom ou cochez la liste.</translation>
    </message>
    <message>
        <source>Had chosen %1. Recorded here, flagged as a change of workshop.</source>
        <translation>Avait choisi %1. Présence notée ici, signalée comme changement d’atelier.</translation>
    </message>
    <message>
        <source>Was not checked in at reception: checked in now as well.</source>
        <translation>N’était pas passé·e à l’accueil : accueilli·e aussi.</translation>
    </message>
    <message>
        <source>Let in although the session is full (%1 places).</source>
        <translation>Admis·e bien que la session soit complète (%1 places).</translation>
    </message>
    <message>
        <source>Recorded, but this session runs %1: check that it is the right one.</source>
        <translation>Présence notée, mais cette session a lieu de %1 : vérifiez que c’est la bonne.</translation>
    </message>
</context>
<context>
    <name>RoomOutcomeCard</name>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Let them in anyway</source>
        <translation>Faire entrer quand même</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <source>Recorded at %1: nothing recorded again.</source>
        <translation>Présence notée à %1 : rien de plus.</translation>
    </message>
    <message>
        <source>All %1 places are taken: not recorded. You decide.</source>
        <translation>Les %1 places sont prises : présence non notée. À vous de décider.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name</source>
        <translation>Scannez un badge ou tapez un nom</translation>
    </message>
    <message>
        <source>Undo the last recording</source>
        <translation>Annuler la dernière présence</translation>
    </message>
    <message>
        <source>Session by the clock</source>
        <translation>Session selon l’heure</translation>
    </message>
    <message>
        <source>Change the room of this station…</source>
        <translation>Changer la salle de ce poste…</translation>
    </message>
    <message>
        <source>Enter: record</source>
        <translation>Entrée : noter présent·e</translation>
    </message>
    <message>
        <source>↑ ↓: choose</source>
        <translation>↑ ↓ : choisir</translation>
    </message>
    <message>
        <source>Esc: clear</source>
        <translation>Échap : effacer</translation>
    </message>
    <message>
        <source>Tick a name: present</source>
        <translation>Cocher un nom : noter présent·e</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z : annuler</translation>
    </message>
    <message>
        <source>Ctrl+F: search</source>
        <translation>Ctrl+F : rechercher</translation>
    </message>
    <message>
        <source>F9: camera</source>
        <translation>F9 : caméra</translation>
    </message>
    <message numerus="yes">
        <source>Registered: %1 — %n present. Tick those who came.</source>
        <translation>
            <numerusform>Inscrits : %1 — %n présent·e. Cochez les personnes venues.</numerusform>
            <numerusform>Inscrits : %1 — %n présents. Cochez les personnes venues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least %1 letters of a name or a badge code.</source>
        <translation>Tapez au moins %1 lettres d’un nom ou d’un code de badge.</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n found. Enter records the one chosen.</source>
        <translation>
            <numerusform>Recherche : %n personne trouvée. Entrée la note présente.</numerusform>
            <numerusform>Recherche : %n personnes trouvées. Entrée note présente la personne choisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Present without having registered: %1</source>
        <translation>Présents sans inscription : %1</translation>
    </message>
    <message>
        <source>Present from another workshop (or no choice): %1</source>
        <translation>Présents venus d’un autre atelier (ou sans choix) : %1</translation>
    </message>
    <message>
        <source>Choose the room of this station first.</source>
        <translation>Choisissez d’abord la salle de ce poste.</translation>
    </message>
    <message>
        <source>Remove %1 from the people present?</source>
        <translation>Retirer %1 des présents ?</translation>
    </message>
    <message>
        <source>Recorded in session %1.</source>
        <translation>Présence notée dans la session %1.</translation>
    </message>
    <message>
        <source>Undo attendance</source>
        <translation>Annuler la présence</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Name, organisation</source>
        <translation>Nom, structure</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Had chosen</source>
        <translation>Avait choisi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Back to the session by the clock</source>
        <translation>Revenir à la session de l’heure</translation>
    </message>
    <message>
        <source>on now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore commencée</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Present %1</source>
        <translation>Présents %1</translation>
    </message>
    <message>
        <source>/ %1 places</source>
        <translation>/ %1 places</translation>
    </message>
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
</TS>
