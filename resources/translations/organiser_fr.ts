<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per quarter of an hour</source>
        <translation>Arrivées par quart d’heure</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Seulement les badges pas encore imprimés</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <source>right</source>
        <translation>vers la droite</translation>
    </message>
    <message>
        <source>down</source>
        <translation>vers le bas</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Printer offset (mm)</source>
        <translation>Décalage de l’imprimante (mm)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Aucune imprimante trouvée</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No badge to print.</source>
        <translation>Aucun badge à imprimer.</translation>
    </message>
    <message>
        <source>Too long even at the smallest size, squeezed: {names}.</source>
        <translation>Trop longs même à la plus petite taille, resserrés : {names}.</translation>
    </message>
    <message>
        <source>Characters the font cannot draw: {names}.</source>
        <translation>Caractères que la police ne sait pas dessiner : {names}.</translation>
    </message>
    <message>
        <source>Preparing the badges…</source>
        <translation>Préparation des badges…</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <source>Saved to {path} (not recorded as printed).</source>
        <translation>Enregistré dans {path} (non compté comme imprimé).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>{count} of these {total} badges were printed before. Print them all again?</source>
        <translation>{count} de ces {total} badges ont déjà été imprimés. Les imprimer tous à nouveau ?</translation>
    </message>
    <message>
        <source>Print again?</source>
        <translation>Imprimer à nouveau ?</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s).</source>
        <translation>
            <numerusform>sur %n page.</numerusform>
            <numerusform>sur %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to %1 and recorded as printed.</source>
        <translation>
            <numerusform>%n badge envoyé à %1 et compté comme imprimé.</numerusform>
            <numerusform>%n badges envoyés à %1 et comptés comme imprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Arrived %</source>
        <translation>% arrivés</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Arrived / registered</source>
        <translation>Arrivés / inscrits</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Double check-ins</source>
        <translation>Doubles accueils</translation>
    </message>
    <message>
        <source>Present morning / afternoon</source>
        <translation>Présents matin / après-midi</translation>
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
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>By type of organisation</source>
        <translation>Par type de structure</translation>
    </message>
    <message>
        <source>By département</source>
        <translation>Par département</translation>
    </message>
    <message>
        <source>%1 arrived</source>
        <translation>%1 arrivés</translation>
    </message>
    <message>
        <source> · %1 cancelled</source>
        <translation> · %1 annulés</translation>
    </message>
    <message>
        <source>registered on the day</source>
        <translation>inscrits le jour même</translation>
    </message>
    <message>
        <source>registered beforehand, not seen</source>
        <translation>inscrits, pas encore vus</translation>
    </message>
    <message>
        <source>checked in more than once</source>
        <translation>accueillis plus d’une fois</translation>
    </message>
    <message>
        <source>at reception or in a session</source>
        <translation>à l’accueil ou en session</translation>
    </message>
    <message>
        <source>⚠ The personal data of this event were purged on %1: these are the figures kept at that moment.</source>
        <translation>⚠ Les données personnelles de cet événement ont été purgées le %1 : voici les chiffres conservés à ce moment-là.</translation>
    </message>
    <message>
        <source>Updated at %1, after every check-in and every merge.</source>
        <translation>Mis à jour à %1, après chaque arrivée et chaque fusion.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés : %1</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Filled in once the day has begun</source>
        <translation>Remplies dès que la journée a commencé</translation>
    </message>
    <message>
        <source>Blank (paper fallback)</source>
        <translation>Vierges (secours papier)</translation>
    </message>
    <message>
        <source>Filled in with the times recorded</source>
        <translation>Remplies avec les heures notées</translation>
    </message>
    <message>
        <source>Attendance spreadsheet</source>
        <translation>Tableau des présences</translation>
    </message>
    <message>
        <source>Every registration with its arrival and sessions, one sheet per session and a summary. CSV opens in French Excel.</source>
        <translation>Chaque inscription avec son arrivée et ses sessions, une feuille par session et une synthèse. Le CSV s’ouvre dans Excel en français.</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d’émargement</translation>
    </message>
    <message>
        <source>Morning, afternoon and one per session, alphabetical, with a signature column (PDF).</source>
        <translation>Matin, après-midi et une par session, par ordre alphabétique, avec une colonne signature (PDF).</translation>
    </message>
    <message>
        <source>Sign-in sheets…</source>
        <translation>Feuilles d’émargement…</translation>
    </message>
    <message>
        <source>Attendance certificates</source>
        <translation>Attestations de présence</translation>
    </message>
    <message>
        <source>One page per person recorded present, with the sessions attended (PDF).</source>
        <translation>Une page par personne venue, avec les sessions suivies (PDF).</translation>
    </message>
    <message>
        <source>All in one PDF…</source>
        <translation>Toutes dans un PDF…</translation>
    </message>
    <message>
        <source>One PDF per person…</source>
        <translation>Un PDF par personne…</translation>
    </message>
    <message>
        <source>Funders&apos; logos</source>
        <translation>Logos des financeurs</translation>
    </message>
    <message>
        <source>Printed at the top of sign-in sheets and certificates; carried to every station.</source>
        <translation>Imprimés en tête des feuilles d’émargement et des attestations ; transmis à tous les postes.</translation>
    </message>
    <message>
        <source>Choose the logos…</source>
        <translation>Choisir les logos…</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les retirer</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>All badges sorted by last name, or only those not printed yet: preview, then print or save the PDF.</source>
        <translation>Tous les badges par ordre alphabétique, ou seulement ceux pas encore imprimés : aperçu, puis impression ou PDF.</translation>
    </message>
    <message>
        <source>Preview and print badges…</source>
        <translation>Aperçu et impression des badges…</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>After the event: remove every name, e-mail and answer from this file, keeping only the anonymous figures.</source>
        <translation>Après la rencontre : retirer de ce fichier tous les noms, e-mails et réponses, en ne gardant que les chiffres anonymes.</translation>
    </message>
    <message>
        <source>Purge the personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>remplies</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>vierges</translation>
    </message>
    <message>
        <source>Written: %1 (%2 sheets, %3 pages, %4)</source>
        <translation>Fichier écrit : %1 (%2 feuilles, %3 pages, %4)</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Écriture des attestations…</translation>
    </message>
    <message>
        <source>Written: %1 certificates in %2</source>
        <translation>%1 attestations écrites dans %2</translation>
    </message>
    <message>
        <source>Written: %1 (%2 certificates)</source>
        <translation>Fichier écrit : %1 (%2 attestations)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Saving the logos…</source>
        <translation>Enregistrement des logos…</translation>
    </message>
    <message numerus="yes">
        <source>%n logo(s) saved in the event.</source>
        <translation>
            <numerusform>%n logo enregistré dans l’événement.</numerusform>
            <numerusform>%n logos enregistrés dans l’événement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>No logo yet.</source>
        <translation>Aucun logo pour le moment.</translation>
    </message>
    <message>
        <source>The tour&apos;s report</source>
        <translation>Le bilan de la tournée</translation>
    </message>
    <message>
        <source>This meeting and the tour&apos;s others together, for the funders: registered, present, people who came to several, who came.</source>
        <translation>Cette rencontre et les autres de la tournée ensemble, pour les financeurs : inscrits, présents, personnes venues à plusieurs, publics.</translation>
    </message>
    <message>
        <source>Other meetings…</source>
        <translation>Autres rencontres…</translation>
    </message>
    <message>
        <source>PDF for funders…</source>
        <translation>PDF pour les financeurs…</translation>
    </message>
    <message>
        <source>Workbook (XLSX)…</source>
        <translation>Classeur (XLSX)…</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>The updated export of the registration form</source>
        <translation>L’export à jour du formulaire d’inscription</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Registrations (CSV, XLSX)</source>
        <translation>Inscriptions (CSV, XLSX)</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que ferait l’import</translation>
    </message>
    <message>
        <source>Detected columns: correct “Read as” if it is wrong (F2 or double-click). Nothing is written before you click Import.</source>
        <translation>Colonnes détectées : corrigez « Lue comme » si elle est fausse (F2 ou double-clic). Rien n’est écrit avant de cliquer sur Importer.</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Réimport</translation>
    </message>
    <message>
        <source>New registrations to add</source>
        <translation>Nouvelles inscriptions à ajouter</translation>
    </message>
    <message>
        <source>Registrations to update</source>
        <translation>Inscriptions à mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Resubmitted forms merged</source>
        <translation>Formulaires renvoyés fusionnés</translation>
    </message>
    <message>
        <source>Rows skipped (no name)</source>
        <translation>Lignes ignorées (sans nom)</translation>
    </message>
    <message>
        <source>In the event, not in this file (kept)</source>
        <translation>Dans l’événement, absentes du fichier (gardées)</translation>
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
        <source>%1 has no registration in it, only a header: nothing to import.</source>
        <translation>%1 ne contient aucune inscription, seulement un en-tête : rien à importer.</translation>
    </message>
    <message>
        <source>The event already holds all of it: nothing to import.</source>
        <translation>L’événement contient déjà tout : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Import: %n new</source>
        <translation>
            <numerusform>Importer : %n nouvelle</numerusform>
            <numerusform>Importer : %n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 lignes lues.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 importé : %2 ajoutées, %3 mises à jour, %4 inchangées.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Session choices to look at</source>
        <translation>Choix d’ateliers à vérifier</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was written.</source>
        <translation>Arrêté avant la fin : rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Preview and print badges…</source>
        <translation>Aperçu et impression des badges…</translation>
    </message>
    <message>
        <source>Purge the personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
</context>
<context>
    <name>Overbooking</name>
    <message>
        <source>⚠ Overbooked: %1.</source>
        <translation>⚠ Surréservé : %1.</translation>
    </message>
</context>
<context>
    <name>OverbookingWords</name>
    <message numerus="yes">
        <source>%1 — %2 registered for %n place(s)</source>
        <translation>
            <numerusform>%1 — %2 inscrits pour %n place</numerusform>
            <numerusform>%1 — %2 inscrits pour %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message numerus="yes">
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Surréservé : %1 inscrits pour %n place</numerusform>
            <numerusform>Surréservé : %1 inscrits pour %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 needs a title.</source>
        <translation>La session %1 doit avoir un titre.</translation>
    </message>
    <message>
        <source>A capacity is a whole number of places (empty: no limit), not “%1”.</source>
        <translation>Une capacité est un nombre entier de places (vide : sans limite), pas « %1 ».</translation>
    </message>
    <message>
        <source>A session code is 1 to 8 letters or digits, not “%1”.</source>
        <translation>Un code de session fait 1 à 8 lettres ou chiffres, pas « %1 ».</translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation>Le code %1 est déjà pris.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <source>In the slot</source>
        <translation>Dans le créneau</translation>
    </message>
    <message>
        <source>Double-click a title, a room or a capacity to change it (an empty capacity means no limit). Saving records the new programme in the event&apos;s journal; the other stations get it at the next merge. Session codes cannot change: registrations and badges refer to them.</source>
        <translation>Double-cliquez sur un titre, une salle ou une capacité pour la modifier (capacité vide : sans limite). L’enregistrement inscrit le nouveau programme dans le journal de l’événement ; les autres postes le reçoivent à la prochaine fusion. Les codes de session ne changent pas : inscriptions et badges y renvoient.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Programme saved and journaled.</source>
        <translation>Programme enregistré dans le journal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge the personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Removed from %1, for good&lt;/b&gt;: every name, e-mail, organisation, role, phone number, type of organisation, département, specific needs and form answer, badge codes included — in the journal too — and from the file&apos;s backups, the bundles this laptop wrote (where they still are) and this station&apos;s file in the shared folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept&lt;/b&gt;: the programme, the stations, the funders&apos; logos, and the anonymous figures (arrivals, sessions, breakdowns) that the dashboard and the exports show from then on. The file states that it was purged and when; it records and syncs nothing more.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Out of this laptop&apos;s reach&lt;/b&gt;, still holding the data: the copies of the event on the other laptops, the other stations&apos; files in the shared folder, and bundles moved or copied to USB keys or other laptops. Purge them there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirés de %1, définitivement&lt;/b&gt; : tous les noms, e-mails, structures, fonctions, téléphones, types de structure, départements, besoins spécifiques et réponses au formulaire, codes de badge compris — dans le journal aussi — ainsi que des sauvegardes du fichier, des paquets écrits par cet ordinateur (là où ils sont encore) et du fichier de ce poste dans le dossier partagé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gardés&lt;/b&gt; : le programme, les postes, les logos des financeurs et les chiffres anonymes (arrivées, sessions, répartitions) que le tableau de bord et les exports montreront désormais. Le fichier indique qu’il a été purgé et quand ; il n’enregistre et ne synchronise plus rien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hors de portée de cet ordinateur&lt;/b&gt;, et contenant encore ces données : les copies de l’événement sur les autres ordinateurs, les fichiers des autres postes dans le dossier partagé, et les paquets déplacés ou copiés sur des clés USB ou d’autres ordinateurs. Purgez-les là où ils sont.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Type the event&apos;s short name, %1, to confirm:</source>
        <translation>Tapez le nom court de l’événement, %1, pour confirmer :</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message>
        <source>Purged on %1: %2 registrations made anonymous, %3 backups deleted; the figures are kept.</source>
        <translation>Purgé le %1 : %2 inscriptions rendues anonymes, %3 sauvegardes supprimées ; les chiffres sont gardés.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 bundles deleted, %2 shared-folder files emptied.</source>
        <translation>%1 paquets supprimés, %2 fichiers du dossier partagé vidés.</translation>
    </message>
    <message>
        <source>Still holding the data, out of reach:</source>
        <translation>Contiennent encore les données, hors de portée :</translation>
    </message>
    <message>
        <source>the event file of the station “%1”, on its laptop</source>
        <translation>le fichier de l’événement du poste « %1 », sur son ordinateur</translation>
    </message>
    <message>
        <source>another station&apos;s file in the shared folder: %1</source>
        <translation>le fichier d’un autre poste dans le dossier partagé : %1</translation>
    </message>
    <message>
        <source>a bundle written here, moved or deleted since: %1</source>
        <translation>un paquet écrit ici, déplacé ou supprimé depuis : %1</translation>
    </message>
    <message>
        <source>copies of bundles on USB keys or other laptops</source>
        <translation>les copies de paquets sur des clés USB ou d’autres ordinateurs</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changés</translation>
    </message>
    <message numerus="yes">
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Surréservé : %1 inscrits pour %n place</numerusform>
            <numerusform>Surréservé : %1 inscrits pour %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Present although registered for another session of the slot</source>
        <translation>Présents alors qu’inscrits à une autre session du créneau</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 · full</source>
        <translation>%1 · complet</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Organiser&apos;s template…</source>
        <translation>Modèle de l’organisateur…</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>Send again to those who already have theirs</source>
        <translation>Renvoyer aussi à ceux qui ont déjà le leur</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>L’e-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Serveur d’envoi (SMTP)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Not saved anywhere: typed again next time.</source>
        <translation>Enregistré nulle part : à retaper la prochaine fois.</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>sans pause</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Write the e-mails as files…</source>
        <translation>Enregistrer les e-mails en fichiers…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Preview of one e-mail</source>
        <translation>Aperçu d’un e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) to send</source>
        <translation>
            <numerusform>%n billet à envoyer</numerusform>
            <numerusform>%n billets à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already sent</source>
        <translation>
            <numerusform>%n déjà envoyé</numerusform>
            <numerusform>%n déjà envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sans adresse e-mail</numerusform>
            <numerusform>%n sans adresse e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (never sent)</source>
        <translation>
            <numerusform>%n annulé (jamais envoyé)</numerusform>
            <numerusform>%n annulés (jamais envoyés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organiser&apos;s template: %1</source>
        <translation>Modèle de l’organisateur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Send %n ticket(s)</source>
        <translation>
            <numerusform>Envoyer %n billet</numerusform>
            <numerusform>Envoyer %n billets</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket to show (give the sender&apos;s address if there is none in the programme).</source>
        <translation>Aucun billet à montrer (indiquez l’adresse de l’expéditeur si le programme n’en a pas).</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>À : %1
Objet : %2</translation>
    </message>
    <message>
        <source>Ticket template</source>
        <translation>Modèle de billet</translation>
    </message>
    <message>
        <source>Ticket template (*.toml)</source>
        <translation>Modèle de billet (*.toml)</translation>
    </message>
    <message>
        <source>Folder for the e-mails</source>
        <translation>Dossier des e-mails</translation>
    </message>
    <message>
        <source>Writing the e-mails…</source>
        <translation>Écriture des e-mails…</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) written to %1</source>
        <translation>
            <numerusform>%n e-mail enregistré dans %1</numerusform>
            <numerusform>%n e-mails enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the mail server (SMTP).</source>
        <translation>Indiquez le serveur d’envoi (SMTP).</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Envoi par %1…</translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address (From).</source>
        <translation>Indiquez l’adresse e-mail de l’expéditeur.</translation>
    </message>
    <message>
        <source>Every ticket has been sent already.</source>
        <translation>Tous les billets ont déjà été envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent</source>
        <translation>
            <numerusform>%n billet envoyé</numerusform>
            <numerusform>%n billets envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>out of %1.</source>
        <translation>sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server:</source>
        <translation>
            <numerusform>%n refusé par le serveur :</numerusform>
            <numerusform>%n refusés par le serveur :</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1. Send again to send the rest.</source>
        <translation>Arrêté : %1. Envoyez de nouveau pour envoyer le reste.</translation>
    </message>
    <message>
        <source>Stopped on request: send again to send the rest.</source>
        <translation>Arrêté à votre demande : envoyez de nouveau pour envoyer le reste.</translation>
    </message>
    <message>
        <source>the server refused the sender&apos;s address</source>
        <translation>le serveur a refusé l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>the connection to the server was lost twice</source>
        <translation>la connexion au serveur a été perdue deux fois</translation>
    </message>
    <message>
        <source>the connection to the server was lost and it cannot be reached again</source>
        <translation>la connexion au serveur a été perdue et il ne répond plus</translation>
    </message>
</context>
<context>
    <name>TourReport</name>
    <message>
        <source>The tour&apos;s other meetings</source>
        <translation>Les autres rencontres de la tournée</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The tour&apos;s report</source>
        <translation>Le bilan de la tournée</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n meeting(s))</source>
        <translation>
            <numerusform>Fichier écrit : %1 (%n rencontre)</numerusform>
            <numerusform>Fichier écrit : %1 (%n rencontres)</numerusform>
        </translation>
    </message>
    <message>
        <source>With this meeting: %1</source>
        <translation>Avec cette rencontre : %1</translation>
    </message>
    <message>
        <source>This meeting only, until you choose the others.</source>
        <translation>Cette rencontre seule, tant que vous n’avez pas choisi les autres.</translation>
    </message>
</context>
</TS>
