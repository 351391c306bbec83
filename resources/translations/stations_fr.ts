<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeskPrinting</name>
    <message>
        <source>Print the badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>Print the badge (Ctrl+P)</source>
        <translation>Imprimer le badge (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P: print the badge</source>
        <translation>Ctrl+P : imprimer le badge</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d’abord une personne.</translation>
    </message>
    <message>
        <source>The badge of %1 is already being printed.</source>
        <translation>Impression déjà en cours pour %1 : le badge ne sortira qu’une fois.</translation>
    </message>
    <message>
        <source>Badge sent to the printer (%1).</source>
        <translation>Badge envoyé à l’imprimante (%1).</translation>
    </message>
    <message>
        <source>Badge not printed: %1</source>
        <translation>Badge non imprimé : %1</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Imprimante des badges</translation>
    </message>
    <message>
        <source>Print the badge at every check-in (never twice)</source>
        <translation>Imprimer le badge à chaque accueil (jamais deux fois)</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Printers could not be listed: %1</source>
        <translation>Impossible de lister les imprimantes : %1</translation>
    </message>
    <message>
        <source>No printer found: install one (or CUPS) and open this again.</source>
        <translation>Aucune imprimante trouvée : installez-en une (ou CUPS) puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>Badge &amp;printer…</source>
        <translation>&amp;Imprimante des badges…</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The shared folder “%1” did not answer within %2 s.</source>
        <translation>Le dossier partagé « %1 » n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>Shared folder: off</source>
        <translation>Dossier partagé : désactivé</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Dossier partagé : %1</translation>
    </message>
    <message>
        <source>Shared folder: first sync…</source>
        <translation>Dossier partagé : première synchronisation…</translation>
    </message>
    <message>
        <source>Synced at %1 (0 new entries since opening)</source>
        <translation>Synchronisé à %1 (0 nouvelle entrée depuis l’ouverture)</translation>
    </message>
    <message>
        <source>Synced at %1 (1 new entry since opening)</source>
        <translation>Synchronisé à %1 (1 nouvelle entrée depuis l’ouverture)</translation>
    </message>
    <message>
        <source>Synced at %1 (%2 new entries since opening)</source>
        <translation>Synchronisé à %1 (%2 nouvelles entrées depuis l’ouverture)</translation>
    </message>
    <message>
        <source>1 line still arriving</source>
        <translation>1 ligne en cours d’arrivée</translation>
    </message>
    <message>
        <source>%1 lines still arriving</source>
        <translation>%1 lignes en cours d’arrivée</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>postgresql://checkin_ev_…@server/database</source>
        <translation>postgresql://checkin_ev_…@serveur/base</translation>
    </message>
    <message>
        <source>Where the venue has a network, the stations sync live through a PostgreSQL server: each check-in is recorded here first, then sent; the others’ arrive within a second. The address comes from `checkin hub add`; the password is never written to the event file.</source>
        <translation>Quand le lieu a un réseau, les postes se synchronisent en direct par un serveur PostgreSQL : chaque accueil est d’abord écrit ici, puis envoyé ; ceux des autres postes arrivent en moins d’une seconde. L’adresse est donnée par `checkin hub add` ; le mot de passe n’est jamais écrit dans le fichier de l’événement.</translation>
    </message>
    <message>
        <source>as libpq decides (prefer)</source>
        <translation>au choix de libpq (prefer)</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until the file is closed.</source>
        <translation>Pas de trousseau système ici : le mot de passe est gardé jusqu’à la fermeture du fichier.</translation>
    </message>
    <message>
        <source>Sync through this server</source>
        <translation>Synchroniser par ce serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Chiffrement (sslmode)</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>0 entries waiting</source>
        <translation>0 entrée en attente</translation>
    </message>
    <message>
        <source>1 entry waiting</source>
        <translation>1 entrée en attente</translation>
    </message>
    <message>
        <source>%1 entries waiting</source>
        <translation>%1 entrées en attente</translation>
    </message>
    <message>
        <source>Server: off</source>
        <translation>Serveur : désactivé</translation>
    </message>
    <message>
        <source>Server: connected, synced at %1</source>
        <translation>Serveur : connecté, synchronisé à %1</translation>
    </message>
    <message>
        <source>Server: not reachable</source>
        <translation>Serveur : injoignable</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>dernière synchronisation à %1</translation>
    </message>
    <message>
        <source>Server: connecting…</source>
        <translation>Serveur : connexion…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 — printed by this application</source>
        <translation>%1 — imprimé par l’application</translation>
    </message>
    <message>
        <source>%1 — the PDF file sent to CUPS</source>
        <translation>%1 — fichier PDF envoyé à CUPS</translation>
    </message>
    <message>
        <source>there is no printer called “%1” on this computer.</source>
        <translation>aucune imprimante ne s’appelle « %1 » sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the badge file could not be read (%1).</source>
        <translation>le fichier du badge est illisible (%1).</translation>
    </message>
    <message>
        <source>the printer refuses the badge&apos;s page size (%1).</source>
        <translation>l’imprimante refuse le format du badge (%1).</translation>
    </message>
    <message>
        <source>the printer could not start printing (%1).</source>
        <translation>l’imprimante n’a pas pu commencer l’impression (%1).</translation>
    </message>
    <message>
        <source>the printer or the print server (CUPS) did not answer in %1 s: check that it is on and connected.</source>
        <translation>l’imprimante ou le serveur d’impression (CUPS) n’a pas répondu en %1 s : vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <source>printing to a CUPS queue needs the lp command: install CUPS.</source>
        <translation>imprimer vers une file CUPS demande la commande lp : installez CUPS.</translation>
    </message>
    <message>
        <source>CUPS refused the job: %1</source>
        <translation>CUPS a refusé l’impression : %1</translation>
    </message>
    <message>
        <source>the printing program stopped unexpectedly (%1).</source>
        <translation>le programme d’impression s’est arrêté de façon inattendue (%1).</translation>
    </message>
    <message>
        <source>printing failed: %1</source>
        <translation>l’impression a échoué : %1</translation>
    </message>
    <message>
        <source>%1: 1 page</source>
        <translation>%1 : 1 page</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1 : %2 pages</translation>
    </message>
    <message>
        <source>No badge printer is chosen for this station.</source>
        <translation>Aucune imprimante de badges n’est choisie pour ce poste (Réglages › Imprimante des badges).</translation>
    </message>
    <message>
        <source>The badge of {name} was already printed once, at {when}, {station}. Print it again?</source>
        <translation>Le badge de {name} a déjà été imprimé une fois, à {when}, {station}. L’imprimer à nouveau ?</translation>
    </message>
    <message>
        <source>The badge of {name} was already printed {count} times, last at {when}, {station}. Print it again?</source>
        <translation>Le badge de {name} a déjà été imprimé {count} fois, la dernière à {when}, {station}. L’imprimer à nouveau ?</translation>
    </message>
    <message>
        <source>Print again?</source>
        <translation>Imprimer à nouveau ?</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Checkin bundles (*%1)</source>
        <translation>Paquets checkin (*%1)</translation>
    </message>
    <message>
        <source>Export for a USB key</source>
        <translation>Exporter pour une clé USB</translation>
    </message>
    <message>
        <source>Import from a USB key</source>
        <translation>Importer depuis une clé USB</translation>
    </message>
    <message>
        <source>A copy from another laptop</source>
        <translation>Une copie venue d’un autre ordinateur</translation>
    </message>
    <message>
        <source>This file is the station “%1”, which was set up on another laptop (or this is a second copy of it). Two laptops must never record as the same station: give this one its own name. Everything the file already holds is kept.</source>
        <translation>Ce fichier est le poste « %1 », installé sur un autre ordinateur (ou c’en est une deuxième copie). Deux ordinateurs ne doivent jamais enregistrer sous le même poste : donnez un nom à celui-ci. Tout ce que contient déjà le fichier est conservé.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Name this station</source>
        <translation>Nommer ce poste</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le fichier</translation>
    </message>
    <message>
        <source>This station’s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <source>Clone for another laptop</source>
        <translation>Cloner pour un autre poste</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New station’s name</source>
        <translation>Nom du nouveau poste</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Enregistrer la copie sous</translation>
    </message>
    <message>
        <source>The copy holds everything this file holds, under a new station: copy it to the other laptop (USB key) and open it there.</source>
        <translation>La copie contient tout ce que contient ce fichier, sous un nouveau poste : copiez-la sur l’autre ordinateur (clé USB) et ouvrez-la là-bas.</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Choisissez où enregistrer la copie.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Dossier introuvable : %1</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Every few seconds, this station writes its own entries to its own file in the folder and reads the other stations’ files. The folder may be on a USB key, a network share, or synced by Syncthing or Nextcloud.</source>
        <translation>Toutes les quelques secondes, ce poste écrit ses entrées dans son propre fichier du dossier et lit les fichiers des autres postes. Le dossier peut être sur une clé USB, un partage réseau, ou synchronisé par Syncthing ou Nextcloud.</translation>
    </message>
    <message>
        <source>Sync through this folder</source>
        <translation>Synchroniser par ce dossier</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Dernière entrée</translation>
    </message>
    <message>
        <source>Missing entries</source>
        <translation>Entrées manquantes</translation>
    </message>
    <message>
        <source>(unnamed) %1</source>
        <translation>(sans nom) %1</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1 (ce poste)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <source>Check-ins (the first one counts)</source>
        <translation>Accueils (le premier compte)</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>Donnez un nom au poste.</translation>
    </message>
    <message>
        <source>A station is already called “%1”.</source>
        <translation>Un poste s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>%1 entries written to %2. Import this file on the other laptops.</source>
        <translation>%1 entrées écrites dans %2. Importez ce fichier sur les autres postes.</translation>
    </message>
    <message>
        <source>%1 new entries (of %2 in the file).</source>
        <translation>%1 nouvelles entrées (sur %2 dans le fichier).</translation>
    </message>
    <message>
        <source>Created %1 for the station “%2”. Copy it to its laptop and open it there.</source>
        <translation>%1 créé pour le poste « %2 ». Copiez-le sur son ordinateur et ouvrez-le là-bas.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Clone for another laptop…</source>
        <translation>Cloner pour un autre poste…</translation>
    </message>
    <message>
        <source>Export for a USB key…</source>
        <translation>Exporter pour une clé USB…</translation>
    </message>
    <message>
        <source>Import from a USB key…</source>
        <translation>Importer depuis une clé USB…</translation>
    </message>
    <message>
        <source>Shared folder…</source>
        <translation>Dossier partagé…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Stations of this event, as this file knows them</source>
        <translation>Les postes de cet événement, tels que ce fichier les connaît</translation>
    </message>
    <message>
        <source>Checked in twice (at two stations before they synced): %1. Both are kept; the first one counts.</source>
        <translation>Accueillies deux fois (à deux postes avant leur synchronisation) : %1. Les deux sont gardés ; le premier compte.</translation>
    </message>
    <message>
        <source>Nobody was checked in twice.</source>
        <translation>Personne n’a été accueilli deux fois.</translation>
    </message>
    <message>
        <source>%1 entries refused, the others merged: %2</source>
        <translation>%1 entrées refusées, les autres fusionnées : %2</translation>
    </message>
    <message>
        <source>checkin version</source>
        <translation>Version de checkin</translation>
    </message>
    <message>
        <source>before 0.1</source>
        <translation>antérieure à 0.1</translation>
    </message>
    <message>
        <source>Stopped: nothing was merged.</source>
        <translation>Arrêté : rien n’a été fusionné.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Export for a USB key…</source>
        <translation>Exporter pour une clé USB…</translation>
    </message>
    <message>
        <source>Import from a USB key…</source>
        <translation>Importer depuis une clé USB…</translation>
    </message>
    <message>
        <source>Shared folder…</source>
        <translation>Dossier partagé…</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Serveur…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Clone for another laptop…</source>
        <translation>Cloner pour un autre poste…</translation>
    </message>
    <message>
        <source>This laptop is now the station “%1”.</source>
        <translation>Cet ordinateur est maintenant le poste « %1 ».</translation>
    </message>
    <message>
        <source>The file was closed: it is a copy of another laptop’s station and needs a station name of its own before it can record.</source>
        <translation>Le fichier a été fermé : c’est la copie du poste d’un autre ordinateur, il lui faut son propre nom de poste avant de pouvoir enregistrer.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
</TS>
