<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../checkin/gui/camera.py" line="96" />
        <source>No camera: scan with the scanner or type a name.</source>
        <translation>Aucune caméra : scannez avec la douchette ou tapez un nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/camera.py" line="161" />
        <source>The camera stopped: check its cable, or choose another one.</source>
        <translation>La caméra s'est arrêtée : vérifiez son câble ou choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="50" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="51" />
        <source>Submitted at</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="52" />
        <source>Keep as an extra column</source>
        <translation>Garder comme colonne supplémentaire</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="53" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="54" />
        <source>Session choices</source>
        <translation>Choix d'ateliers</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="56" />
        <source>Session %1 (yes/no)</source>
        <translation>Session %1 (oui/non)</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="94" />
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="94" />
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="94" />
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../checkin/gui/desk/counters.py" line="25" />
        <source>Arrived %1 / %2</source>
        <translation>Arrivés %1 / %2</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/counters.py" line="28" />
        <source>Walk-ins %1</source>
        <translation>Sur place %1</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="77" />
        <source>Name, organisation or badge code — or scan a badge</source>
        <translation>Nom, structure ou code du badge — ou scannez un badge</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="144" />
        <source>Walk-in…</source>
        <translation>Inscription sur place…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="145" />
        <source>Edit the registration…</source>
        <translation>Modifier l'inscription…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="146" />
        <source>Undo the check-in</source>
        <translation>Annuler l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="148" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="149" />
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="152" />
        <source>Enter: check in</source>
        <translation>Entrée : enregistrer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="152" />
        <source>↑ ↓: choose</source>
        <translation>↑ ↓ : choisir</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="152" />
        <source>Esc: clear</source>
        <translation>Échap : effacer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="153" />
        <source>Ctrl+N: walk-in</source>
        <translation>Ctrl+N : sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="153" />
        <source>F2: edit</source>
        <translation>F2 : modifier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="153" />
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z : annuler</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="154" />
        <source>Ctrl+F: search</source>
        <translation>Ctrl+F : rechercher</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="154" />
        <source>F9: camera</source>
        <translation>F9 : caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="195" />
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="198" />
        <source>Nobody matches “%1”. Ctrl+N registers a walk-in.</source>
        <translation>Personne ne correspond à « %1 ». Ctrl+N pour une inscription sur place.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="264" />
        <source>Same badge read again: ignored.</source>
        <translation>Même badge relu : ignoré.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="290" />
        <source>Nothing to undo here.</source>
        <translation>Rien à annuler ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="328" />
        <source>Walk-in registered.</source>
        <translation>Inscription sur place enregistrée.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="334" />
        <source>Choose a person first.</source>
        <translation>Choisissez d'abord une personne.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/view.py" line="352" />
        <source>Registration of %1 saved.</source>
        <translation>Inscription de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../checkin/gui/fields.py" line="12" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="13" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="14" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="15" />
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="16" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="17" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="18" />
        <source>Type of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="19" />
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="20" />
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="21" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="28" />
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="29" />
        <source>speaker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="30" />
        <source>organiser</source>
        <translation>organisateur·rice</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/fields.py" line="31" />
        <source>press</source>
        <translation>presse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="78" />
        <source>&amp;Open an event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="80" />
        <source>&amp;Create an event…</source>
        <translation>&amp;Créer un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="81" />
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l'événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="82" />
        <source>C&amp;lose the event</source>
        <translation>&amp;Fermer l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="84" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="86" />
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="97" />
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="100" />
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="101" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="106" />
        <source>Sound &amp;volume…</source>
        <translation>&amp;Volume sonore…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="108" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="143" />
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="144" />
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d'événement (*.checkin)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="153" />
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="166" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="215" />
        <source>Change mode</source>
        <translation>Changer de mode</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="216" />
        <source>Switch this station to the “%1” mode?</source>
        <translation>Passer ce poste en mode « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="258" />
        <source>The “%1” screen is not part of this version yet.
Use the Mode menu to go back to Reception.</source>
        <translation>L'écran « %1 » n'est pas encore dans cette version.
Le menu Mode permet de revenir à l'Accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="267" />
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="277" />
        <source>A badge was scanned, but no reception desk is open here.</source>
        <translation>Un badge a été scanné, mais aucun accueil n'est ouvert ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="282" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="283" />
        <source>The language will change the next time checkin starts.</source>
        <translation>La langue changera au prochain démarrage de checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="287" />
        <source>Sound volume</source>
        <translation>Volume sonore</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="288" />
        <source>Volume (0 = silent):</source>
        <translation>Volume (0 = muet) :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="298" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="299" />
        <source>Type a name, ↑ ↓ to choose, Enter to check in; scanning works anywhere.</source>
        <translation>Tapez un nom, ↑ ↓ pour choisir, Entrée pour enregistrer ; le scan fonctionne partout.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="124" />
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="125" />
        <source>Workshop room</source>
        <translation>Salle d'atelier</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="126" />
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="153" />
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="170" />
        <source>Programme (TOML)</source>
        <translation>Programme (TOML)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="172" />
        <source>Registrations (CSV, XLSX)</source>
        <translation>Inscriptions (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="174" />
        <source>This station's name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="178" />
        <source>Create the event…</source>
        <translation>Créer l'événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="183" />
        <source>Detected columns: correct “Read as” if it is wrong (F2 or double-click). Nothing is written before you confirm.</source>
        <translation>Colonnes détectées : corrigez « Lue comme » si besoin (F2 ou double-clic). Rien n'est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="197" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="204" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="205" />
        <source>Programmes (*.toml)</source>
        <translation>Programmes (*.toml)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="211" />
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="212" />
        <source>Exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/new_event.py" line="244" />
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="55" />
        <source>Checked in</source>
        <translation>Enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="56" />
        <source>Already checked in</source>
        <translation>Déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="57" />
        <source>Several people match</source>
        <translation>Plusieurs personnes correspondent</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="58" />
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="59" />
        <source>Badge of another event</source>
        <translation>Badge d'un autre événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="60" />
        <source>Badge not valid</source>
        <translation>Badge non valide</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="61" />
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="62" />
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="63" />
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="64" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="72" />
        <source>Hand over the badge.</source>
        <translation>Remettez le badge.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="73" />
        <source>Nothing recorded. Check it is the same person.</source>
        <translation>Rien n'a été enregistré. Vérifiez qu'il s'agit de la même personne.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="75" />
        <source>Pick the right person in the list (↑ ↓ then Enter).</source>
        <translation>Choisissez la bonne personne dans la liste (↑ ↓ puis Entrée).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="77" />
        <source>This code is not in this event: search by name.</source>
        <translation>Ce code n'existe pas dans cet événement : cherchez par le nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="78" />
        <source>Not made for this event: search by name, check the identity.</source>
        <translation>Badge non émis pour cet événement : cherchez par le nom, vérifiez l'identité.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="80" />
        <source>This registration was cancelled: see an organiser.</source>
        <translation>Cette inscription a été annulée : voyez avec un organisateur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="82" />
        <source>The person is no longer counted as arrived.</source>
        <translation>La personne n'est plus comptée comme arrivée.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="83" />
        <source>Nothing was recorded. Try again or call an organiser.</source>
        <translation>Rien n'a été enregistré. Réessayez ou appelez un organisateur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="85" />
        <source>Type a name or scan a badge.</source>
        <translation>Tapez un nom ou scannez un badge.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="91" />
        <source>This badge is for the event “%1”: search by name.</source>
        <translation>Ce badge est celui de l'événement « %1 » : cherchez par le nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="105" />
        <source>Checked in at %1 at the station “%2”.</source>
        <translation>Enregistré·e à %1 au poste « %2 ».</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/outcomes.py" line="107" />
        <source>Checked in at %1.</source>
        <translation>Enregistré·e à %1.</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <location filename="../../checkin/gui/desk/outcome_card.py" line="53" />
        <source>Undo check-in (%1)</source>
        <translation>Annuler l'enregistrement (%1)</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="71" />
        <source>Check in (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="74" />
        <source>Edit (F2)</source>
        <translation>Modifier (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="101" />
        <source>No one selected</source>
        <translation>Personne n'est sélectionné</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="102" />
        <source>Type a name: the matching people appear in the list, ↑ ↓ choose, Enter checks in.</source>
        <translation>Tapez un nom : les personnes correspondantes s'affichent dans la liste, ↑ ↓ pour choisir, Entrée pour enregistrer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="116" />
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="119" />
        <source>Not arrived yet</source>
        <translation>Pas encore arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="124" />
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="125" />
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="127" />
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="127" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="128" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="130" />
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="131" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="133" />
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="133" />
        <source>on site (walk-in)</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/person_card.py" line="134" />
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="33" />
        <source>Walk-in: register and check in</source>
        <translation>Sur place : inscrire et enregistrer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="34" />
        <source>Edit the registration</source>
        <translation>Modifier l'inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="50" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="56" />
        <source>Register and check in (Enter)</source>
        <translation>Inscrire et enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="57" />
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/registration_dialog.py" line="61" />
        <source>* a last name or a first name is enough. Esc cancels.</source>
        <translation>* un nom ou un prénom suffit. Échap pour annuler.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="64" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="64" />
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="65" />
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/desk/results_model.py" line="89" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="31" />
        <source>Check-in: reception desk</source>
        <translation>Check-in : accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="39" />
        <source>Open an event file… (Ctrl+O)</source>
        <translation>Ouvrir un fichier d'événement… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="41" />
        <source>Create an event… (Ctrl+Shift+N)</source>
        <translation>Créer un événement… (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="43" />
        <source>Open the demo event (Ctrl+D)</source>
        <translation>Ouvrir l'événement de démonstration (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="57" />
        <source>Recent events (Enter opens):</source>
        <translation>Événements récents (Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="91" />
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/start_screen.py" line="92" />
        <source>Event files (*.checkin);;All files (*)</source>
        <translation>Fichiers d'événement (*.checkin);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>