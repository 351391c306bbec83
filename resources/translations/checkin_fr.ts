<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CameraPanel</name>
    <message>
        <source>No camera: scan with the scanner or type a name.</source>
        <translation>Aucune caméra : scannez avec la douchette ou tapez un nom.</translation>
    </message>
    <message>
        <source>The camera stopped: check its cable, or choose another one.</source>
        <translation>La caméra s’est arrêtée : vérifiez son câble ou choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <source>Keep as an extra column</source>
        <translation>Garder comme colonne supplémentaire</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Session choices</source>
        <translation>Choix d’ateliers</translation>
    </message>
    <message>
        <source>Session %1 (yes/no)</source>
        <translation>Session %1 (oui/non)</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <source>Arrived %1 / %2</source>
        <translation>Arrivés %1 / %2</translation>
    </message>
    <message>
        <source>Walk-ins %1</source>
        <translation>Inscrits sur place %1</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Name, organisation or badge code — or scan a badge</source>
        <translation>Nom, structure ou code du badge — ou scannez un badge</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Inscription sur place…</translation>
    </message>
    <message>
        <source>Edit the registration…</source>
        <translation>Modifier l’inscription…</translation>
    </message>
    <message>
        <source>Undo the check-in</source>
        <translation>Annuler l’accueil</translation>
    </message>
    <message>
        <source>Enter: check in</source>
        <translation>Entrée : accueillir</translation>
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
        <source>Ctrl+N: walk-in</source>
        <translation>Ctrl+N : sur place</translation>
    </message>
    <message>
        <source>F2: edit</source>
        <translation>F2 : modifier</translation>
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
    <message>
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <source>Type at least %1 letters of a name, an organisation or a badge code.</source>
        <translation>Tapez au moins %1 lettres d’un nom, d’une structure ou d’un code de badge.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Ctrl+N registers a walk-in.</source>
        <translation>Personne ne correspond à « %1 ». Ctrl+N pour une inscription sur place.</translation>
    </message>
    <message>
        <source>Walk-in registered.</source>
        <translation>Inscription sur place enregistrée.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d’abord une personne.</translation>
    </message>
    <message>
        <source>Registration of %1 saved.</source>
        <translation>Inscription de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Named by a typed code, not a signed badge: check who it is.</source>
        <translation>Désigné par un code tapé, pas par un badge signé : vérifiez de qui il s’agit.</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur·rice</translation>
    </message>
    <message>
        <source>press</source>
        <translation>presse</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>KioskCard</name>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Votre arrivée est déjà notée</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Choisissez votre nom</translation>
    </message>
    <message>
        <source>Ticket not recognised</source>
        <translation>Billet non reconnu</translation>
    </message>
    <message>
        <source>Ticket of another event</source>
        <translation>Billet d’un autre événement</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Scan your ticket</source>
        <translation>Scannez votre billet</translation>
    </message>
    <message>
        <source>Please go to the reception desk.</source>
        <translation>Merci de vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Touch “I don&apos;t have my ticket”, or go to the reception desk.</source>
        <translation>Touchez « Je n’ai pas mon billet », ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Your arrival is recorded. Enjoy the day!</source>
        <translation>Votre arrivée est notée. Bonne journée !</translation>
    </message>
    <message>
        <source>Nothing more to do. Enjoy the day!</source>
        <translation>Rien d’autre à faire. Bonne journée !</translation>
    </message>
    <message>
        <source>Touch your name in the list.</source>
        <translation>Touchez votre nom dans la liste.</translation>
    </message>
    <message>
        <source>Your arrival is no longer recorded. Try again, or go to the reception desk.</source>
        <translation>Votre arrivée n’est plus notée. Recommencez, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Hold up the QR code of your ticket, on your phone or on paper.</source>
        <translation>Présentez le QR code de votre billet, sur votre téléphone ou sur papier.</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>Ce n’est pas moi</translation>
    </message>
    <message>
        <source>Recorded at %1.</source>
        <translation>Arrivée notée à %1.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Hold your ticket&apos;s QR code under the scanner.</source>
        <translation>Présentez le QR code de votre billet au lecteur.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>I don&apos;t have my ticket</source>
        <translation>Je n’ai pas mon billet</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Type at least %1 letters of your name.</source>
        <translation>Tapez au moins %1 lettres de votre nom.</translation>
    </message>
    <message>
        <source>Nobody by that name: check the spelling, or go to the reception desk.</source>
        <translation>Personne à ce nom : vérifiez l’orthographe, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Touch your name.</source>
        <translation>Touchez votre nom.</translation>
    </message>
    <message>
        <source>Touch your name, or type more of it.</source>
        <translation>Touchez votre nom, ou tapez-en davantage.</translation>
    </message>
    <message>
        <source>Your badge is being printed.</source>
        <translation>Votre badge s’imprime.</translation>
    </message>
    <message>
        <source>Your badge could not be printed: it will be handed to you at the reception desk.</source>
        <translation>Votre badge n’a pas pu être imprimé : il vous sera remis à l’accueil.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open an event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <source>&amp;Create an event…</source>
        <translation>&amp;Créer un événement…</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l’événement de &amp;démonstration</translation>
    </message>
    <message>
        <source>C&amp;lose the event</source>
        <translation>&amp;Fermer l’événement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sound &amp;volume…</source>
        <translation>&amp;Volume sonore…</translation>
    </message>
    <message>
        <source>&amp;Kiosk PIN…</source>
        <translation>Code de la &amp;borne…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>The organiser&apos;s PIN, to close checkin.</source>
        <translation>Le code de l’organisateur, pour fermer checkin.</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Changer de mode</translation>
    </message>
    <message>
        <source>Switch this station to the “%1” mode?</source>
        <translation>Passer ce poste en mode « %1 » ?</translation>
    </message>
    <message>
        <source>The organiser&apos;s PIN, to leave the kiosk or change a setting.</source>
        <translation>Le code de l’organisateur, pour quitter la borne ou changer un réglage.</translation>
    </message>
    <message>
        <source>The “%1” screen is not part of this version yet.
Use the Mode menu to go back to Reception.</source>
        <translation>L’écran « %1 » n’est pas encore dans cette version.
Le menu Mode permet de revenir à l’Accueil.</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <source>A badge was scanned, but no reception desk is open here.</source>
        <translation>Un badge a été scanné, mais aucun accueil n’est ouvert ici.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language will change the next time checkin starts.</source>
        <translation>La langue changera au prochain démarrage de checkin.</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume sonore</translation>
    </message>
    <message>
        <source>Volume (0 = silent):</source>
        <translation>Volume (0 = muet) :</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type a name, ↑ ↓ to choose, Enter to check in; scanning works anywhere.</source>
        <translation>Tapez un nom, ↑ ↓ pour choisir, Entrée pour accueillir ; le scan fonctionne partout.</translation>
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
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Workshop room</source>
        <translation>Salle d’atelier</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Rows skipped (%1): %2.</source>
        <translation>Lignes ignorées (%1) : %2.</translation>
    </message>
    <message>
        <source>%1: rows read: %2; registrations to create: %3.</source>
        <translation>%1 : lignes lues : %2 ; inscriptions à créer : %3.</translation>
    </message>
    <message>
        <source>Resubmitted forms merged into the latest one: %1.</source>
        <translation>Formulaires renvoyés fusionnés avec le plus récent : %1.</translation>
    </message>
    <message>
        <source>Session choices not recognised (row, answer): %1: check them against the programme.</source>
        <translation>Choix d’ateliers non reconnus (ligne, réponse) : %1 ; vérifiez-les avec le programme.</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <source>Programme (TOML)</source>
        <translation>Programme (TOML)</translation>
    </message>
    <message>
        <source>Registrations (CSV, XLSX)</source>
        <translation>Inscriptions (CSV, XLSX)</translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <source>Create the event…</source>
        <translation>Créer l’événement…</translation>
    </message>
    <message>
        <source>Detected columns: correct “Read as” if it is wrong (F2 or double-click). Nothing is written before you confirm.</source>
        <translation>Colonnes détectées : corrigez « Lue comme » si besoin (F2 ou double-clic). Rien n’est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programmes (*.toml)</source>
        <translation>Programmes (*.toml)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No session chosen yet, so none recorded (row, answer): %1.</source>
        <translation>Pas encore d’atelier choisi, donc aucun enregistré (ligne, réponse) : %1.</translation>
    </message>
    <message>
        <source>Two sessions chosen in one time slot, both kept (row, answer): %1: check them.</source>
        <translation>Deux ateliers choisis sur un même créneau, les deux gardés (ligne, réponse) : %1 ; vérifiez-les.</translation>
    </message>
    <message>
        <source>Rows with far more or fewer cells than the header (row, cells): %1: check them in the file.</source>
        <translation>Lignes avec bien plus ou bien moins de cellules que l’en-tête (ligne, cellules) : %1 ; vérifiez-les dans le fichier.</translation>
    </message>
    <message>
        <source>Invisible control characters removed (row, column): %1.</source>
        <translation>Caractères de contrôle invisibles retirés (ligne, colonne) : %1.</translation>
    </message>
    <message>
        <source>Answer times that are not dates (row, value): %1: those rows count as the oldest answers.</source>
        <translation>Heures de réponse qui ne sont pas des dates (ligne, valeur) : %1 ; ces lignes comptent comme les réponses les plus anciennes.</translation>
    </message>
    <message>
        <source>Cells to look at (row, value): %1.</source>
        <translation>Cellules à vérifier (ligne, valeur) : %1.</translation>
    </message>
    <message>
        <source>The file&apos;s %1 lines hold only %2 rows: cells with many line breaks, check them.</source>
        <translation>Les %1 lignes du fichier ne contiennent que %2 inscriptions : des cellules ont beaucoup de retours à la ligne, vérifiez-les.</translation>
    </message>
    <message>
        <source>The time of each answer is read from the column “%1”.</source>
        <translation>L’heure de chaque réponse est lue dans la colonne « %1 ».</translation>
    </message>
    <message>
        <source>No column gives the time of each answer: when a form was sent twice, the later row in the file wins.</source>
        <translation>Aucune colonne ne donne l’heure des réponses : quand un formulaire a été envoyé deux fois, la ligne la plus basse du fichier l’emporte.</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code de la borne</translation>
    </message>
    <message>
        <source>Choose the organiser&apos;s PIN (%1 to %2 digits). It will be asked to leave the kiosk, to change a setting and to close the window.</source>
        <translation>Choisissez le code de l’organisateur (%1 à %2 chiffres). Il sera demandé pour quitter la borne, changer un réglage et fermer la fenêtre.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>The PIN is made of digits only.</source>
        <translation>Le code ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Le code a au moins %1 chiffres.</translation>
    </message>
    <message>
        <source>The PIN has at most %1 digits.</source>
        <translation>Le code a au plus %1 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ: type it again.</source>
        <translation>Les deux codes diffèrent : tapez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Checked in</source>
        <translation>Accueilli·e</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà accueilli·e</translation>
    </message>
    <message>
        <source>Several people match</source>
        <translation>Plusieurs personnes correspondent</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>Badge d’un autre événement</translation>
    </message>
    <message>
        <source>Badge not valid</source>
        <translation>Badge non valide</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Accueil annulé</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Hand over the badge.</source>
        <translation>Remettez le badge.</translation>
    </message>
    <message>
        <source>Nothing recorded. Check it is the same person.</source>
        <translation>Rien n’a été enregistré. Vérifiez qu’il s’agit de la même personne.</translation>
    </message>
    <message>
        <source>Pick the right person in the list (↑ ↓ then Enter).</source>
        <translation>Choisissez la bonne personne dans la liste (↑ ↓ puis Entrée).</translation>
    </message>
    <message>
        <source>This code is not in this event: search by name.</source>
        <translation>Ce code n’existe pas dans cet événement : cherchez par le nom.</translation>
    </message>
    <message>
        <source>Not made for this event: search by name, check the identity.</source>
        <translation>Badge non émis pour cet événement : cherchez par le nom, vérifiez l’identité.</translation>
    </message>
    <message>
        <source>This registration was cancelled: see an organiser.</source>
        <translation>Cette inscription a été annulée : voyez avec un organisateur.</translation>
    </message>
    <message>
        <source>The person is no longer counted as arrived.</source>
        <translation>La personne n’est plus comptée comme arrivée.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again or call an organiser.</source>
        <translation>Rien n’a été enregistré. Réessayez ou appelez un organisateur.</translation>
    </message>
    <message>
        <source>Type a name or scan a badge.</source>
        <translation>Tapez un nom ou scannez un badge.</translation>
    </message>
    <message>
        <source>This badge is for the event “%1”: search by name.</source>
        <translation>Ce badge est celui de l’événement « %1 » : cherchez par le nom.</translation>
    </message>
    <message>
        <source>Checked in at %1 at the station “%2”.</source>
        <translation>Accueilli·e à %1 au poste « %2 ».</translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation>Accueilli·e à %1.</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <source>Undo check-in (%1)</source>
        <translation>Annuler l’accueil (%1)</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Check in (Enter)</source>
        <translation>Accueillir (Entrée)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Modifier (F2)</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Personne n’est sélectionné</translation>
    </message>
    <message>
        <source>Type a name: the matching people appear in the list, ↑ ↓ choose, Enter checks in.</source>
        <translation>Tapez un nom : les personnes correspondantes s’affichent dans la liste, ↑ ↓ pour choisir, Entrée pour accueillir.</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Pas encore arrivé·e</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>on site (walk-in)</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Organiser&apos;s PIN</source>
        <translation>Code de l’organisateur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>Trop de codes incorrects : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code incorrect.</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <source>Choose a printer…</source>
        <translation>Choisir une imprimante…</translation>
    </message>
    <message>
        <source>⚠ No badge printer is chosen for this station: choose one to print the badge of %1.</source>
        <translation>⚠ Aucune imprimante de badges n’est choisie pour ce poste : choisissez-en une pour imprimer le badge de %1.</translation>
    </message>
    <message>
        <source>⚠ Badge of %1 not printed: %2</source>
        <translation>⚠ Badge de %1 non imprimé : %2</translation>
    </message>
    <message>
        <source>⚠ Badge not printed: %2</source>
        <translation>⚠ Badge non imprimé : %2</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Rows %1 of %2</source>
        <translation>Lignes %1 sur %2</translation>
    </message>
    <message>
        <source>Entries %1 of %2</source>
        <translation>Écritures %1 sur %2</translation>
    </message>
    <message>
        <source>Registrations %1 of %2</source>
        <translation>Inscriptions %1 sur %2</translation>
    </message>
    <message>
        <source>Badges %1 of %2</source>
        <translation>Badges %1 sur %2</translation>
    </message>
    <message>
        <source>Sheets %1 of %2</source>
        <translation>Feuilles %1 sur %2</translation>
    </message>
    <message>
        <source>Certificates %1 of %2</source>
        <translation>Attestations %1 sur %2</translation>
    </message>
    <message>
        <source>Files %1 of %2</source>
        <translation>Fichiers %1 sur %2</translation>
    </message>
    <message>
        <source>Tickets %1 of %2</source>
        <translation>Billets %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Walk-in: register and check in</source>
        <translation>Sans inscription : inscrire et accueillir</translation>
    </message>
    <message>
        <source>Edit the registration</source>
        <translation>Modifier l’inscription</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Register and check in (Enter)</source>
        <translation>Inscrire et accueillir (Entrée)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>* a last name or a first name is enough. Esc cancels.</source>
        <translation>* un nom ou un prénom suffit. Échap pour annuler.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Name, organisation</source>
        <translation>Nom, structure</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Badge scanned while a window was open: it was read on the station behind it; the window was left as it was.</source>
        <translation>Badge scanné pendant qu’une fenêtre était ouverte : il a été lu par le poste derrière elle ; la fenêtre est restée telle quelle.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Check-in: reception desk</source>
        <translation>Check-in : accueil des participants</translation>
    </message>
    <message>
        <source>Open an event file… (Ctrl+O)</source>
        <translation>Ouvrir un fichier d’événement… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Create an event… (Ctrl+Shift+N)</source>
        <translation>Créer un événement… (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Open the demo event (Ctrl+D)</source>
        <translation>Ouvrir l’événement de démonstration (Ctrl+D)</translation>
    </message>
    <message>
        <source>Recent events (Enter opens):</source>
        <translation>Événements récents (Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>Event files (*.checkin);;All files (*)</source>
        <translation>Fichiers d’événement (*.checkin);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Same badge read again: ignored.</source>
        <translation>Même badge relu : ignoré.</translation>
    </message>
    <message>
        <source>Nothing to undo here.</source>
        <translation>Rien à annuler ici.</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
