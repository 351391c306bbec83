<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="63"/>
        <source>Arrivals per quarter of an hour</source>
        <translation>Arrivées par quart d&apos;heure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="78"/>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="75"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="87"/>
        <source>Only badges not printed yet</source>
        <translation>Seulement les badges pas encore imprimés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="88"/>
        <source>Cut marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="91"/>
        <source>right</source>
        <translation>vers la droite</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="92"/>
        <source>down</source>
        <translation>vers le bas</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="97"/>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="101"/>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="103"/>
        <source>Printer offset (mm)</source>
        <translation>Décalage de l’imprimante (mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="105"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="116"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="117"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="119"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="157"/>
        <source>No printer found</source>
        <translation>Aucune imprimante trouvée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="207"/>
        <source>No badge to print.</source>
        <translation>Aucun badge à imprimer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="218"/>
        <source>{badges} badge(s) on {pages} page(s).</source>
        <translation>{badges} badge(s) sur {pages} page(s).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="222"/>
        <source>Too long even at the smallest size, squeezed: {names}.</source>
        <translation>Trop longs même à la plus petite taille, resserrés : {names}.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="227"/>
        <source>Characters the font cannot draw: {names}.</source>
        <translation>Caractères que la police ne sait pas dessiner : {names}.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="236"/>
        <source>Preparing the badges…</source>
        <translation>Préparation des badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="247"/>
        <source>Save the badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="252"/>
        <source>Saved to {path} (not recorded as printed).</source>
        <translation>Enregistré dans {path} (non compté comme imprimé).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="267"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="270"/>
        <source>{count} of these {total} badges were printed before. Print them all again?</source>
        <translation>{count} de ces {total} badges ont déjà été imprimés. Les imprimer tous à nouveau ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="273"/>
        <source>Print again?</source>
        <translation>Imprimer à nouveau ?</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/badge_preview.py" line="284"/>
        <source>{count} badge(s) sent to {job} and recorded as printed.</source>
        <translation>{count} badge(s) envoyé(s) à {job} et comptés comme imprimés.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="125"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="125"/>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="125"/>
        <source>Arrived %</source>
        <translation>% arrivés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="128"/>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="133"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="139"/>
        <source>Arrived / registered</source>
        <translation>Arrivés / inscrits</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="140"/>
        <source>Walk-ins</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="141"/>
        <source>Not arrived</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="142"/>
        <source>Double check-ins</source>
        <translation>Doubles enregistrements</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="143"/>
        <source>Present morning / afternoon</source>
        <translation>Présents matin / après-midi</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="154"/>
        <source>Type of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="155"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="164"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="165"/>
        <source>By type of organisation</source>
        <translation>Par type de structure</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="166"/>
        <source>By département</source>
        <translation>Par département</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="198"/>
        <source>%1 arrived</source>
        <translation>%1 arrivés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="200"/>
        <source> · %1 cancelled</source>
        <translation> · %1 annulés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="202"/>
        <source>registered on the day</source>
        <translation>inscrits le jour même</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="203"/>
        <source>registered beforehand, not seen</source>
        <translation>inscrits, pas encore vus</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="204"/>
        <source>checked in more than once</source>
        <translation>enregistrés plus d’une fois</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="207"/>
        <source>at reception or in a session</source>
        <translation>à l&apos;accueil ou en session</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="213"/>
        <source>⚠ The personal data of this event were purged on %1: these are the figures kept at that moment.</source>
        <translation>⚠ Les données personnelles de cet événement ont été purgées le %1 : voici les chiffres conservés à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="217"/>
        <source>Updated at %1, after every check-in and every merge.</source>
        <translation>Mis à jour à %1, après chaque arrivée et chaque fusion.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/dashboard.py" line="221"/>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés : %1</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="43"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="65"/>
        <source>Filled in once the day has begun</source>
        <translation>Remplies dès que la journée a commencé</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="66"/>
        <source>Blank (paper fallback)</source>
        <translation>Vierges (secours papier)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="67"/>
        <source>Filled in with the times recorded</source>
        <translation>Remplies avec les heures enregistrées</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="70"/>
        <source>Attendance spreadsheet</source>
        <translation>Tableau des présences</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="71"/>
        <source>Every registration with its arrival and sessions, one sheet per session and a summary. CSV opens in French Excel.</source>
        <translation>Chaque inscription avec son arrivée et ses sessions, une feuille par session et une synthèse. Le CSV s’ouvre dans Excel en français.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="73"/>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="74"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="75"/>
        <location filename="../../checkin/gui/organiser/exports.py" line="132"/>
        <source>Sign-in sheets</source>
        <translation>Feuilles d&apos;émargement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="76"/>
        <source>Morning, afternoon and one per session, alphabetical, with a signature column (PDF).</source>
        <translation>Matin, après-midi et une par session, par ordre alphabétique, avec une colonne signature (PDF).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="78"/>
        <source>Sign-in sheets…</source>
        <translation>Feuilles d&apos;émargement…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="79"/>
        <location filename="../../checkin/gui/organiser/exports.py" line="159"/>
        <source>Attendance certificates</source>
        <translation>Attestations de présence</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="80"/>
        <source>One page per person recorded present, with the sessions attended (PDF).</source>
        <translation>Une page par personne enregistrée présente, avec les sessions suivies (PDF).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="82"/>
        <source>All in one PDF…</source>
        <translation>Toutes dans un PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="84"/>
        <source>One PDF per person…</source>
        <translation>Un PDF par personne…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="86"/>
        <location filename="../../checkin/gui/organiser/exports.py" line="172"/>
        <source>Funders&apos; logos</source>
        <translation>Logos des financeurs</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="87"/>
        <source>Printed at the top of sign-in sheets and certificates; carried to every station.</source>
        <translation>Imprimés en tête des feuilles d&apos;émargement et des attestations ; transmis à tous les postes.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="89"/>
        <source>Choose the logos…</source>
        <translation>Choisir les logos…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="90"/>
        <source>Remove them</source>
        <translation>Les retirer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="91"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="92"/>
        <source>All badges sorted by last name, or only those not printed yet: preview, then print or save the PDF.</source>
        <translation>Tous les badges par ordre alphabétique, ou seulement ceux pas encore imprimés : aperçu, puis impression ou PDF.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="94"/>
        <source>Preview and print badges…</source>
        <translation>Aperçu et impression des badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="95"/>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="96"/>
        <source>After the event: remove every name, e-mail and answer from this file, keeping only the anonymous figures.</source>
        <translation>Après la rencontre : retirer de ce fichier tous les noms, e-mails et réponses, en ne gardant que les chiffres anonymes.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="98"/>
        <source>Purge the personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="121"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="122"/>
        <source>Export the attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="127"/>
        <location filename="../../checkin/gui/organiser/exports.py" line="144"/>
        <location filename="../../checkin/gui/organiser/exports.py" line="164"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="129"/>
        <source>Written: %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="140"/>
        <source>filled in</source>
        <translation>remplies</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="140"/>
        <source>blank</source>
        <translation>vierges</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="141"/>
        <source>Written: %1 (%2 sheets, %3 pages, %4)</source>
        <translation>Fichier écrit : %1 (%2 feuilles, %3 pages, %4)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="150"/>
        <source>Folder for the certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="153"/>
        <source>Writing the certificates…</source>
        <translation>Écriture des attestations…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="155"/>
        <source>Written: %1 certificates in %2</source>
        <translation>%1 attestations écrites dans %2</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="166"/>
        <source>Written: %1 (%2 certificates)</source>
        <translation>Fichier écrit : %1 (%2 attestations)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="172"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="180"/>
        <source>Saving the logos…</source>
        <translation>Enregistrement des logos…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="181"/>
        <source>%1 logo(s) saved in the event.</source>
        <translation>%1 logo(s) enregistré(s) dans l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="190"/>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/exports.py" line="191"/>
        <source>No logo yet.</source>
        <translation>Aucun logo pour le moment.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="42"/>
        <source>The updated export of the registration form</source>
        <translation>L&apos;export à jour du formulaire d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="44"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="62"/>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="195"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="69"/>
        <source>Registrations (CSV, XLSX)</source>
        <translation>Inscriptions (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="73"/>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;import</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="83"/>
        <source>Detected columns: correct “Read as” if it is wrong (F2 or double-click). Nothing is written before you click Import.</source>
        <translation>Colonnes détectées : corrigez « Lue comme » si elle est fausse (F2 ou double-clic). Rien n’est écrit avant de cliquer sur Importer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="97"/>
        <source>Re-import</source>
        <translation>Réimport</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="100"/>
        <source>New registrations to add</source>
        <translation>Nouvelles inscriptions à ajouter</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="101"/>
        <source>Registrations to update</source>
        <translation>Inscriptions à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="102"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="103"/>
        <source>Resubmitted forms merged</source>
        <translation>Formulaires renvoyés fusionnés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="104"/>
        <source>Rows skipped (no name)</source>
        <translation>Lignes ignorées (sans nom)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="105"/>
        <source>Session choices not recognised</source>
        <translation>Choix d&apos;ateliers non reconnus</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="106"/>
        <source>In the event, not in this file (kept)</source>
        <translation>Dans l&apos;événement, absentes du fichier (gardées)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="112"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="112"/>
        <source>Exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="129"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="137"/>
        <source>%1 has no registration in it, only a header: nothing to import.</source>
        <translation>%1 ne contient aucune inscription, seulement un en-tête : rien à importer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="142"/>
        <source>The event already holds all of it: nothing to import.</source>
        <translation>L&apos;événement contient déjà tout : rien à importer.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="147"/>
        <source>Import: %1 new, %2 updated</source>
        <translation>Importer : %1 nouvelle(s), %2 mise(s) à jour</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="172"/>
        <source>%1 rows read.</source>
        <translation>%1 lignes lues.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="177"/>
        <source>Not recognised (row, answer): %1.</source>
        <translation>Non reconnus (ligne, réponse) : %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="196"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 importé : %2 ajoutées, %3 mises à jour, %4 inchangées.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/import_tab.py" line="200"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../checkin/gui/organiser/status.py" line="30"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <location filename="../../checkin/gui/organiser/page.py" line="62"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/page.py" line="71"/>
        <source>Preview and print badges…</source>
        <translation>Aperçu et impression des badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/page.py" line="72"/>
        <source>Purge the personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="85"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="85"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="85"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="85"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="86"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="98"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="138"/>
        <source>Session %1 needs a title.</source>
        <translation>La session %1 doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="140"/>
        <source>A capacity is a whole number of places (empty: no limit), not “%1”.</source>
        <translation>Une capacité est un nombre entier de places (vide : sans limite), pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="145"/>
        <source>A session code is 1 to 8 letters or digits, not “%1”.</source>
        <translation>Un code de session fait 1 à 8 lettres ou chiffres, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="148"/>
        <source>The code %1 is already used.</source>
        <translation>Le code %1 est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="158"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="192"/>
        <source>Add a session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="194"/>
        <source>Save the programme</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="197"/>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="202"/>
        <source>In the slot</source>
        <translation>Dans le créneau</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="210"/>
        <source>Double-click a title, a room or a capacity to change it (an empty capacity means no limit). Saving records the new programme in the event&apos;s journal; the other stations get it at the next merge. Session codes cannot change: registrations and badges refer to them.</source>
        <translation>Double-cliquez sur un titre, une salle ou une capacité pour la modifier (capacité vide : sans limite). L&apos;enregistrement inscrit le nouveau programme dans le journal de l&apos;événement ; les autres postes le reçoivent à la prochaine fusion. Les codes de session ne changent pas : inscriptions et badges y renvoient.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="222"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="244"/>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="265"/>
        <source>Programme saved and journaled.</source>
        <translation>Programme enregistré dans le journal.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/programme_editor.py" line="267"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="30"/>
        <source>Purge the personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="33"/>
        <source>&lt;p&gt;&lt;b&gt;Removed from %1, for good&lt;/b&gt;: every name, e-mail, organisation, role, phone number, type of organisation, département, specific needs and form answer, badge codes included — in the journal too — and from the file&apos;s backups, the bundles this laptop wrote (where they still are) and this station&apos;s file in the shared folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept&lt;/b&gt;: the programme, the stations, the funders&apos; logos, and the anonymous figures (arrivals, sessions, breakdowns) that the dashboard and the exports show from then on. The file states that it was purged and when; it records and syncs nothing more.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Out of this laptop&apos;s reach&lt;/b&gt;, still holding the data: the copies of the event on the other laptops, the other stations&apos; files in the shared folder, and bundles moved or copied to USB keys or other laptops. Purge them there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirés de %1, définitivement&lt;/b&gt; : tous les noms, e-mails, structures, fonctions, téléphones, types de structure, départements, besoins spécifiques et réponses au formulaire, codes de badge compris — dans le journal aussi — ainsi que des sauvegardes du fichier, des paquets écrits par cet ordinateur (là où ils sont encore) et du fichier de ce poste dans le dossier partagé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gardés&lt;/b&gt; : le programme, les postes, les logos des financeurs et les chiffres anonymes (arrivées, sessions, répartitions) que le tableau de bord et les exports montreront désormais. Le fichier indique qu&apos;il a été purgé et quand ; il n&apos;enregistre et ne synchronise plus rien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hors de portée de cet ordinateur&lt;/b&gt;, et contenant encore ces données : les copies de l&apos;événement sur les autres ordinateurs, les fichiers des autres postes dans le dossier partagé, et les paquets déplacés ou copiés sur des clés USB ou d&apos;autres ordinateurs. Purgez-les là où ils sont.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="47"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="57"/>
        <source>Type the event&apos;s short name, %1, to confirm:</source>
        <translation>Tapez le nom court de l&apos;événement, %1, pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="66"/>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="73"/>
        <source>Purged on %1: %2 registrations made anonymous, %3 backups deleted; the figures are kept.</source>
        <translation>Purgé le %1 : %2 inscriptions rendues anonymes, %3 sauvegardes supprimées ; les chiffres sont gardés.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="78"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>%1 bundles deleted, %2 shared-folder files emptied.</source>
        <translation>%1 paquets supprimés, %2 fichiers du dossier partagé vidés.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>Still holding the data, out of reach:</source>
        <translation>Contiennent encore les données, hors de portée :</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>the event file of the station “%1”, on its laptop</source>
        <translation>le fichier de l&apos;événement du poste « %1 », sur son ordinateur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>another station&apos;s file in the shared folder: %1</source>
        <translation>le fichier d&apos;un autre poste dans le dossier partagé : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>a bundle written here, moved or deleted since: %1</source>
        <translation>un paquet écrit ici, déplacé ou supprimé depuis : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/purge_dialog.py" line="1"/>
        <source>copies of bundles on USB keys or other laptops</source>
        <translation>les copies de paquets sur des clés USB ou d&apos;autres ordinateurs</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="87"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="87"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="87"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="87"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="88"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="88"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="88"/>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="89"/>
        <source>Changed</source>
        <translation>Changés</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="99"/>
        <source>Present although registered for another session of the slot</source>
        <translation>Présents alors qu’inscrits à une autre session du créneau</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="105"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tables.py" line="107"/>
        <source>%1 · full</source>
        <translation>%1 · complet</translation>
    </message>
</context>
</TS>
