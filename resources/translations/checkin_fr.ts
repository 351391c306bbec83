<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../checkin/gui/camera.py" line="96"/>
        <source>No camera: scan with the scanner or type a name.</source>
        <translation>Aucune caméra : scannez avec la douchette ou tapez un nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/camera.py" line="161"/>
        <source>The camera stopped: check its cable, or choose another one.</source>
        <translation>La caméra s&apos;est arrêtée : vérifiez son câble ou choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="59"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="60"/>
        <source>Submitted at</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="61"/>
        <source>Keep as an extra column</source>
        <translation>Garder comme colonne supplémentaire</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="62"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="63"/>
        <source>Session choices</source>
        <translation>Choix d&apos;ateliers</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="65"/>
        <source>Session %1 (yes/no)</source>
        <translation>Session %1 (oui/non)</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="139"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="139"/>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="139"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../checkin/gui/desk/counters.py" line="25"/>
        <source>Arrived %1 / %2</source>
        <translation>Arrivés %1 / %2</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/counters.py" line="28"/>
        <source>Walk-ins %1</source>
        <translation>Sur place %1</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="78"/>
        <source>Name, organisation or badge code — or scan a badge</source>
        <translation>Nom, structure ou code du badge — ou scannez un badge</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="147"/>
        <source>Walk-in…</source>
        <translation>Inscription sur place…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="148"/>
        <source>Edit the registration…</source>
        <translation>Modifier l&apos;inscription…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="149"/>
        <source>Undo the check-in</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="151"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="152"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="155"/>
        <source>Enter: check in</source>
        <translation>Entrée : enregistrer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="155"/>
        <source>↑ ↓: choose</source>
        <translation>↑ ↓ : choisir</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="155"/>
        <source>Esc: clear</source>
        <translation>Échap : effacer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="156"/>
        <source>Ctrl+N: walk-in</source>
        <translation>Ctrl+N : sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="156"/>
        <source>F2: edit</source>
        <translation>F2 : modifier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="156"/>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z : annuler</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="157"/>
        <source>Ctrl+F: search</source>
        <translation>Ctrl+F : rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="157"/>
        <source>F9: camera</source>
        <translation>F9 : caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="186"/>
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="189"/>
        <source>Nobody matches “%1”. Ctrl+N registers a walk-in.</source>
        <translation>Personne ne correspond à « %1 ». Ctrl+N pour une inscription sur place.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="250"/>
        <source>Same badge read again: ignored.</source>
        <translation>Même badge relu : ignoré.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="274"/>
        <source>Nothing to undo here.</source>
        <translation>Rien à annuler ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="312"/>
        <source>Walk-in registered.</source>
        <translation>Inscription sur place enregistrée.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="318"/>
        <source>Choose a person first.</source>
        <translation>Choisissez d&apos;abord une personne.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="336"/>
        <source>Registration of %1 saved.</source>
        <translation>Inscription de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../checkin/gui/fields.py" line="12"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="13"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="15"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="16"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="17"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="18"/>
        <source>Type of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="19"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="20"/>
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="21"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="28"/>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="29"/>
        <source>speaker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="30"/>
        <source>organiser</source>
        <translation>organisateur·rice</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="31"/>
        <source>press</source>
        <translation>presse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="84"/>
        <source>&amp;Open an event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="86"/>
        <source>&amp;Create an event…</source>
        <translation>&amp;Créer un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="87"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="88"/>
        <source>C&amp;lose the event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="92"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="103"/>
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="110"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="111"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="116"/>
        <source>Sound &amp;volume…</source>
        <translation>&amp;Volume sonore…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="154"/>
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="155"/>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d&apos;événement (*.checkin)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="164"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="177"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="224"/>
        <source>Change mode</source>
        <translation>Changer de mode</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="225"/>
        <source>Switch this station to the “%1” mode?</source>
        <translation>Passer ce poste en mode « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="289"/>
        <source>The “%1” screen is not part of this version yet.
Use the Mode menu to go back to Reception.</source>
        <translation>L&apos;écran « %1 » n&apos;est pas encore dans cette version.
Le menu Mode permet de revenir à l&apos;Accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="298"/>
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="310"/>
        <source>A badge was scanned, but no reception desk is open here.</source>
        <translation>Un badge a été scanné, mais aucun accueil n&apos;est ouvert ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="315"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="316"/>
        <source>The language will change the next time checkin starts.</source>
        <translation>La langue changera au prochain démarrage de checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="320"/>
        <source>Sound volume</source>
        <translation>Volume sonore</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="321"/>
        <source>Volume (0 = silent):</source>
        <translation>Volume (0 = muet) :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="332"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="333"/>
        <source>Type a name, ↑ ↓ to choose, Enter to check in; scanning works anywhere.</source>
        <translation>Tapez un nom, ↑ ↓ pour choisir, Entrée pour enregistrer ; le scan fonctionne partout.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About checkin</source>
        <translation>À &amp;propos de checkin</translation>
    </message>
    <message>
        <source>About checkin</source>
        <translation>À propos de checkin</translation>
    </message>
    <message>
        <source>&lt;b&gt;checkin %1&lt;/b&gt;&lt;br&gt;Reception desk and workshop attendance, offline.&lt;br&gt;&lt;br&gt;The log is in %2</source>
        <translation>&lt;b&gt;checkin %1&lt;/b&gt;&lt;br&gt;Accueil et émargement des ateliers, hors ligne.&lt;br&gt;&lt;br&gt;Le journal est dans %2</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="135"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="136"/>
        <source>Workshop room</source>
        <translation>Salle d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="137"/>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="79"/>
        <source>Rows skipped (%1): %2.</source>
        <translation>Lignes ignorées (%1) : %2.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="86"/>
        <source>%1: rows read: %2; registrations to create: %3.</source>
        <translation>%1 : lignes lues : %2 ; inscriptions à créer : %3.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="91"/>
        <source>Resubmitted forms merged into the latest one: %1.</source>
        <translation>Formulaires renvoyés fusionnés avec le plus récent : %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="99"/>
        <source>Session choices not recognised (row, answer): %1: check them against the programme.</source>
        <translation>Choix d'ateliers non reconnus (ligne, réponse) : %1 ; vérifiez-les avec le programme.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="198"/>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="215"/>
        <source>Programme (TOML)</source>
        <translation>Programme (TOML)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="217"/>
        <source>Registrations (CSV, XLSX)</source>
        <translation>Inscriptions (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="219"/>
        <source>This station&apos;s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="223"/>
        <source>Create the event…</source>
        <translation>Créer l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="228"/>
        <source>Detected columns: correct “Read as” if it is wrong (F2 or double-click). Nothing is written before you confirm.</source>
        <translation>Colonnes détectées : corrigez « Lue comme » si besoin (F2 ou double-clic). Rien n&apos;est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="242"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="249"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="250"/>
        <source>Programmes (*.toml)</source>
        <translation>Programmes (*.toml)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="256"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="257"/>
        <source>Exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="289"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="55"/>
        <source>Checked in</source>
        <translation>Enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="56"/>
        <source>Already checked in</source>
        <translation>Déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="57"/>
        <source>Several people match</source>
        <translation>Plusieurs personnes correspondent</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="58"/>
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="59"/>
        <source>Badge of another event</source>
        <translation>Badge d&apos;un autre événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="60"/>
        <source>Badge not valid</source>
        <translation>Badge non valide</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="61"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="62"/>
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="63"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="64"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="72"/>
        <source>Hand over the badge.</source>
        <translation>Remettez le badge.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="73"/>
        <source>Nothing recorded. Check it is the same person.</source>
        <translation>Rien n&apos;a été enregistré. Vérifiez qu&apos;il s&apos;agit de la même personne.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="75"/>
        <source>Pick the right person in the list (↑ ↓ then Enter).</source>
        <translation>Choisissez la bonne personne dans la liste (↑ ↓ puis Entrée).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="77"/>
        <source>This code is not in this event: search by name.</source>
        <translation>Ce code n&apos;existe pas dans cet événement : cherchez par le nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="78"/>
        <source>Not made for this event: search by name, check the identity.</source>
        <translation>Badge non émis pour cet événement : cherchez par le nom, vérifiez l&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="80"/>
        <source>This registration was cancelled: see an organiser.</source>
        <translation>Cette inscription a été annulée : voyez avec un organisateur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="82"/>
        <source>The person is no longer counted as arrived.</source>
        <translation>La personne n&apos;est plus comptée comme arrivée.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="83"/>
        <source>Nothing was recorded. Try again or call an organiser.</source>
        <translation>Rien n&apos;a été enregistré. Réessayez ou appelez un organisateur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="85"/>
        <source>Type a name or scan a badge.</source>
        <translation>Tapez un nom ou scannez un badge.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="91"/>
        <source>This badge is for the event “%1”: search by name.</source>
        <translation>Ce badge est celui de l&apos;événement « %1 » : cherchez par le nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="105"/>
        <source>Checked in at %1 at the station “%2”.</source>
        <translation>Enregistré·e à %1 au poste « %2 ».</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="107"/>
        <source>Checked in at %1.</source>
        <translation>Enregistré·e à %1.</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <location filename="../../checkin/gui/desk/outcome_card.py" line="53"/>
        <source>Undo check-in (%1)</source>
        <translation>Annuler l&apos;enregistrement (%1)</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="73"/>
        <source>Check in (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="76"/>
        <source>Edit (F2)</source>
        <translation>Modifier (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="102"/>
        <source>No one selected</source>
        <translation>Personne n&apos;est sélectionné</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="103"/>
        <source>Type a name: the matching people appear in the list, ↑ ↓ choose, Enter checks in.</source>
        <translation>Tapez un nom : les personnes correspondantes s&apos;affichent dans la liste, ↑ ↓ pour choisir, Entrée pour enregistrer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="118"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="121"/>
        <source>Not arrived yet</source>
        <translation>Pas encore arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="126"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="127"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="129"/>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="129"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="130"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="132"/>
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="133"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="135"/>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="135"/>
        <source>on site (walk-in)</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="136"/>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="33"/>
        <source>Walk-in: register and check in</source>
        <translation>Sur place : inscrire et enregistrer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="34"/>
        <source>Edit the registration</source>
        <translation>Modifier l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="50"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="56"/>
        <source>Register and check in (Enter)</source>
        <translation>Inscrire et enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="57"/>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="61"/>
        <source>* a last name or a first name is enough. Esc cancels.</source>
        <translation>* un nom ou un prénom suffit. Échap pour annuler.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="64"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="65"/>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="89"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="31"/>
        <source>Check-in: reception desk</source>
        <translation>Check-in : accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="39"/>
        <source>Open an event file… (Ctrl+O)</source>
        <translation>Ouvrir un fichier d&apos;événement… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="41"/>
        <source>Create an event… (Ctrl+Shift+N)</source>
        <translation>Créer un événement… (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="43"/>
        <source>Open the demo event (Ctrl+D)</source>
        <translation>Ouvrir l&apos;événement de démonstration (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="57"/>
        <source>Recent events (Enter opens):</source>
        <translation>Événements récents (Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="91"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="92"/>
        <source>Event files (*.checkin);;All files (*)</source>
        <translation>Fichiers d&apos;événement (*.checkin);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
