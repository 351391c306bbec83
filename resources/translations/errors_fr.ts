<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Errors</name>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>« %1 » n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>“%1” is not a checkin event file.</source>
        <translation>« %1 » n’est pas un fichier d’événement checkin.</translation>
    </message>
    <message>
        <source>“%1” is damaged: open one of its backups (the folder beside it ending in .backups).</source>
        <translation>« %1 » est endommagé : ouvrez l’une de ses sauvegardes (le dossier à côté, qui se termine par .backups).</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of checkin: update checkin on this laptop.</source>
        <translation>« %1 » a été créé par une version plus récente de checkin : mettez checkin à jour sur ce poste.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name.</source>
        <translation>« %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check the disk and the file&apos;s permissions).</source>
        <translation>« %1 » ne peut pas être lu (vérifiez le disque et les droits du fichier).</translation>
    </message>
    <message>
        <source>The disk of “%1” is full: this was NOT recorded. Free some space, then try again.</source>
        <translation>Le disque de « %1 » est plein : ceci n’a PAS été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” has become read-only: this was NOT recorded. Check the disk or USB key.</source>
        <translation>« %1 » est passé en lecture seule : ceci n’a PAS été enregistré. Vérifiez le disque ou la clé USB.</translation>
    </message>
    <message>
        <source>“%1” has gone (deleted, moved, or its USB key removed): this was NOT recorded. Put it back, or save a copy.</source>
        <translation>« %1 » a disparu (supprimé, déplacé, ou clé USB retirée) : ceci n’a PAS été enregistré. Remettez-le en place, ou enregistrez une copie.</translation>
    </message>
    <message>
        <source>“%1” is held by another program: this was NOT recorded. Try again.</source>
        <translation>« %1 » est occupé par un autre programme : ceci n’a PAS été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The personal data of “%1” were purged: it records nothing more.</source>
        <translation>Les données personnelles de « %1 » ont été purgées : il n’enregistre plus rien.</translation>
    </message>
    <message>
        <source>“%1” could not be written: this was NOT recorded.</source>
        <translation>« %1 » n’a pas pu être écrit : ceci n’a PAS été enregistré.</translation>
    </message>
    <message>
        <source>“%1” comes from another laptop: name a new station for this one before recording.</source>
        <translation>« %1 » vient d’un autre poste : nommez un nouveau poste pour celui-ci avant d’enregistrer.</translation>
    </message>
    <message>
        <source>The programme “%1” cannot be read (%2): choose the programme&apos;s .toml file.</source>
        <translation>Le programme « %1 » ne peut pas être lu (%2) : choisissez le fichier .toml du programme.</translation>
    </message>
    <message>
        <source>“%1” is not a TOML programme (%2): start from the example in the README.</source>
        <translation>« %1 » n’est pas un programme TOML (%2) : partez de l’exemple du README.</translation>
    </message>
    <message>
        <source>%2 is missing: add it.</source>
        <translation>%2 manque : ajoutez-le.</translation>
    </message>
    <message>
        <source>%2 must be text, between quotes.</source>
        <translation>%2 doit être un texte, entre guillemets.</translation>
    </message>
    <message>
        <source>%2 must be a table of keys (key = value).</source>
        <translation>%2 doit être une table de clés (clé = valeur).</translation>
    </message>
    <message>
        <source>%2 must be written as repeated tables ([[slot]], [[slot.session]]).</source>
        <translation>%2 doit s’écrire en tables répétées ([[slot]], [[slot.session]]).</translation>
    </message>
    <message>
        <source>%2 must be 1 to 8 letters or digits.</source>
        <translation>%2 doit faire de 1 à 8 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>%2 must be a date such as 2022-12-08.</source>
        <translation>%2 doit être une date comme 2022-12-08.</translation>
    </message>
    <message>
        <source>%2 must be a time such as 14:00.</source>
        <translation>%2 doit être une heure comme 14:00.</translation>
    </message>
    <message>
        <source>%2 ends before it starts.</source>
        <translation>%2 finit avant de commencer.</translation>
    </message>
    <message>
        <source>%2 must be a whole number of places.</source>
        <translation>%2 doit être un nombre entier de places.</translation>
    </message>
    <message>
        <source>%2: this session code is used twice; each session needs its own.</source>
        <translation>%2 : ce code de session sert deux fois ; chaque session a besoin du sien.</translation>
    </message>
    <message>
        <source>“%1” is an old Excel .xls workbook: save it as .xlsx or CSV, then choose it again.</source>
        <translation>« %1 » est un ancien classeur Excel .xls : enregistrez-le au format .xlsx ou CSV, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is neither a CSV file nor an XLSX workbook: choose the export of the registration form.</source>
        <translation>« %1 » n’est ni un fichier CSV ni un classeur XLSX : choisissez l’export du formulaire d’inscription.</translation>
    </message>
    <message>
        <source>“%1” is a folder: choose the registration file inside it.</source>
        <translation>« %1 » est un dossier : choisissez le fichier des inscriptions qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>« %1 » est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The sheet “%2” of “%1” is empty: there is nothing to import.</source>
        <translation>La feuille « %2 » de « %1 » est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>“%1” is a text file, not a workbook: it has no sheet to choose.</source>
        <translation>« %1 » est un fichier texte, pas un classeur : il n’a pas de feuille à choisir.</translation>
    </message>
    <message>
        <source>“%1” is a zip archive (an Excel workbook?), not a CSV file: give it the .xlsx extension, or export it as CSV.</source>
        <translation>« %1 » est une archive zip (un classeur Excel ?), pas un fichier CSV : donnez-lui l’extension .xlsx, ou exportez-le en CSV.</translation>
    </message>
    <message>
        <source>“%1” is not readable text (invalid %2): export it again as CSV.</source>
        <translation>« %1 » n’est pas un texte lisible (%2 invalide) : exportez-le à nouveau en CSV.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not a list of registrations: choose the CSV or XLSX export of the form.</source>
        <translation>« %1 » est un fichier binaire, pas une liste d’inscriptions : choisissez l’export CSV ou XLSX du formulaire.</translation>
    </message>
    <message>
        <source>“%1”, row %2: a cell is longer than %3 characters: this is not a list of registrations.</source>
        <translation>« %1 », ligne %2 : une cellule dépasse %3 caractères ; ce n’est pas une liste d’inscriptions.</translation>
    </message>
    <message>
        <source>“%1”, row %2: this CSV cannot be read: export it again from the form.</source>
        <translation>« %1 », ligne %2 : ce CSV est illisible ; exportez-le à nouveau depuis le formulaire.</translation>
    </message>
    <message>
        <source>“%1”, row %2: %3 columns (the limit is %4): this is not a list of registrations.</source>
        <translation>« %1 », ligne %2 : %3 colonnes (la limite est de %4) ; ce n’est pas une liste d’inscriptions.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password (or is an old .xls renamed .xlsx): remove the password in Excel, or save it again as .xlsx.</source>
        <translation>« %1 » est protégé par un mot de passe (ou c’est un ancien .xls renommé en .xlsx) : retirez le mot de passe dans Excel, ou enregistrez-le à nouveau au format .xlsx.</translation>
    </message>
    <message>
        <source>“%1” is not an XLSX workbook, despite its name: open it in Excel and save it again as .xlsx.</source>
        <translation>« %1 » n’est pas un classeur XLSX, malgré son nom : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx.</translation>
    </message>
    <message>
        <source>The workbook “%1” is damaged and cannot be read: open it in Excel and save it again.</source>
        <translation>Le classeur « %1 » est endommagé et illisible : ouvrez-le dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet.</source>
        <translation>Le classeur « %1 » n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet “%2” (its sheets: %3).</source>
        <translation>Le classeur « %1 » n’a pas de feuille « %2 » (ses feuilles : %3).</translation>
    </message>
    <message>
        <source>“%1”: the column “%2” is read as session %3, which the programme does not have (its sessions: %4).</source>
        <translation>« %1 » : la colonne « %2 » est lue comme la session %3, que le programme n’a pas (ses sessions : %4).</translation>
    </message>
    <message>
        <source>“%1”: the column “%2” cannot be read as “%3”, which checkin does not know.</source>
        <translation>« %1 » : la colonne « %2 » ne peut pas être lue comme « %3 », que checkin ne connaît pas.</translation>
    </message>
    <message>
        <source>“%1” has no column “%2”: choose the file again to start from its own columns.</source>
        <translation>« %1 » n’a pas de colonne « %2 » : choisissez à nouveau le fichier pour repartir de ses propres colonnes.</translation>
    </message>
    <message>
        <source>“%1”: columns %2 and %3 are both headed “%4”, so which one holds the names is unclear: rename one of them in the file.</source>
        <translation>« %1 » : les colonnes %2 et %3 ont le même titre « %4 », on ne sait donc pas laquelle contient les noms : renommez l’une des deux dans le fichier.</translation>
    </message>
    <message>
        <source>“%1”: no column holds the names (looked for Nom, Prénom, Last name, First name, Full name…; the first row has %2): head the column of the names “Nom” in the file.</source>
        <translation>« %1 » : aucune colonne ne contient les noms (colonnes cherchées : Nom, Prénom, Last name, First name, Full name… ; la première ligne contient %2) : intitulez « Nom » la colonne des noms dans le fichier.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Programme “%1”: %2</source>
        <translation>Programme « %1 » : %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: this was not done; what was already recorded is kept. Details are in the log (Help ▸ Open the log folder).</source>
        <translation>Un problème imprévu est survenu : cette action n’a pas été faite ; ce qui était déjà enregistré est conservé. Détails dans le journal (Aide ▸ Ouvrir le dossier des journaux).</translation>
    </message>
    <message>
        <source>“%1” is too big for a list of registrations (%2 MB, the limit is %3 MB): is it the right file?</source>
        <translation>« %1 » est trop volumineux pour une liste d’inscriptions (%2 Mo, la limite est de %3 Mo) : est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>“%1”, row %2: a line is longer than %3 characters (the limit): this is not a list of registrations.</source>
        <translation>« %1 », ligne %2 : une ligne dépasse %3 caractères (la limite) ; ce n’est pas une liste d’inscriptions.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 rows (the limit): this is not a list of registrations.</source>
        <translation>« %1 » compte plus de %2 lignes (la limite) ; ce n’est pas une liste d’inscriptions.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 cells (the limit): this is not a list of registrations.</source>
        <translation>« %1 » compte plus de %2 cellules (la limite) ; ce n’est pas une liste d’inscriptions.</translation>
    </message>
    <message>
        <source>“%1”, row %2, column %3: a quote (&quot;) opened in this cell is not closed where the cell ends, so the %4 lines after it are read as its text: correct that quote in the file. Nothing was imported.</source>
        <translation>« %1 », ligne %2, colonne %3 : un guillemet (&quot;) ouvert dans cette cellule n’est pas fermé là où elle finit, si bien que les %4 lignes suivantes sont lues comme son texte : corrigez ce guillemet dans le fichier. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>a name far too long</source>
        <translation>nom beaucoup trop long</translation>
    </message>
    <message>
        <source>cancelled in the export</source>
        <translation>annulée dans l’export</translation>
    </message>
    <message>
        <source>“%1” was not purged: type the event&apos;s short name, %2, to confirm. Nothing was changed.</source>
        <translation>« %1 » n’a pas été purgé : tapez le nom court de l’événement, %2, pour confirmer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist (any more): choose another one.</source>
        <translation>Le dossier « %1 » n’existe pas (ou plus) : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: it is probably open in another program (Excel, a PDF reader). Close it, then try again.</source>
        <translation>« %1 » ne peut pas être écrit : il est sans doute ouvert dans un autre programme (Excel, un lecteur de PDF). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2): check the disk, or choose another folder.</source>
        <translation>« %1 » ne peut pas être écrit (%2) : vérifiez le disque, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Nobody was recorded present: there is no certificate to make.</source>
        <translation>Personne n’a été enregistré présent : il n’y a aucune attestation à faire.</translation>
    </message>
    <message>
        <source>The personal data of this event were purged on %2: there are no names left for sign-in sheets.</source>
        <translation>Les données personnelles de cet événement ont été purgées le %2 : il ne reste aucun nom pour les feuilles d’émargement.</translation>
    </message>
    <message>
        <source>The personal data of this event were purged on %2: there are no names left for certificates.</source>
        <translation>Les données personnelles de cet événement ont été purgées le %2 : il ne reste aucun nom pour les attestations.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG, GIF or BMP image: choose the logo&apos;s image file.</source>
        <translation>« %1 » n’est pas une image PNG, JPEG, GIF ou BMP : choisissez le fichier image du logo.</translation>
    </message>
    <message>
        <source>“%1” weighs more than %2 MB: a logo must be lighter (save it smaller).</source>
        <translation>« %1 » pèse plus de %2 Mo : un logo doit être plus léger (enregistrez-le en plus petit).</translation>
    </message>
    <message>
        <source>“%1” is not a readable image: open it in an image editor and save it again.</source>
        <translation>« %1 » n’est pas une image lisible : ouvrez-la dans un éditeur d’images et enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is an empty image.</source>
        <translation>« %1 » est une image vide.</translation>
    </message>
    <message>
        <source>At most %2 logos fit on a page: choose fewer.</source>
        <translation>Une page ne peut porter que %2 logos au plus : choisissez-en moins.</translation>
    </message>
    <message>
        <source>checkin has no badge layout “%2”: choose another paper or label.</source>
        <translation>checkin n’a pas de mise en page de badge « %2 » : choisissez un autre papier ou une autre étiquette.</translation>
    </message>
    <message>
        <source>A station is already named “%2”: choose another name.</source>
        <translation>Un poste s’appelle déjà « %2 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation>Un poste doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” was already purged, on %2.</source>
        <translation>« %1 » a déjà été purgé, le %2.</translation>
    </message>
    <message>
        <source>The programme has no session %2 (its sessions: %3).</source>
        <translation>Le programme n’a pas de session %2 (ses sessions : %3).</translation>
    </message>
    <message>
        <source>The programme has no slot “%2” (its slots: %3).</source>
        <translation>Le programme n’a pas de créneau « %2 » (ses créneaux : %3).</translation>
    </message>
    <message>
        <source>The programme already has a slot “%2”: give this one another name.</source>
        <translation>Le programme a déjà un créneau « %2 » : donnez un autre nom à celui-ci.</translation>
    </message>
    <message>
        <source>The short name %2 is in every badge&apos;s QR code: it cannot change.</source>
        <translation>Le nom court %2 figure dans le QR code de chaque badge : il ne peut pas changer.</translation>
    </message>
    <message>
        <source>The template “%1” is not valid TOML (%2): start from the example in the README.</source>
        <translation>Le modèle « %1 » n’est pas un fichier TOML valide (%2) : partez de l’exemple du README.</translation>
    </message>
    <message>
        <source>The template “%1” has no [ticket] table: start from the example in the README.</source>
        <translation>Le modèle « %1 » n’a pas de table [ticket] : partez de l’exemple du README.</translation>
    </message>
    <message>
        <source>Template “%1”: ticket.lang must be one of %2.</source>
        <translation>Modèle « %1 » : ticket.lang doit être l’une de ces langues : %2.</translation>
    </message>
    <message>
        <source>Template “%1”: %2 must be a text, between quotes.</source>
        <translation>Modèle « %1 » : %2 doit être un texte, entre guillemets.</translation>
    </message>
    <message>
        <source>Template “%1”: in %2, a brace { or } is not paired: write {{ and }} for a brace itself.</source>
        <translation>Modèle « %1 » : dans %2, une accolade { ou } n’est pas appariée : écrivez {{ et }} pour une accolade elle-même.</translation>
    </message>
    <message>
        <source>Template “%1”: %2 uses %3, which checkin does not know (it knows %4).</source>
        <translation>Modèle « %1 » : %2 utilise %3, que checkin ne connaît pas (il connaît %4).</translation>
    </message>
    <message>
        <source>Template “%1”: ticket.logo must be the name of an image file beside the template.</source>
        <translation>Modèle « %1 » : ticket.logo doit être le nom d’un fichier image à côté du modèle.</translation>
    </message>
    <message>
        <source>Template “%1”: the logo “%2” must be a PNG, JPEG or GIF image.</source>
        <translation>Modèle « %1 » : le logo « %2 » doit être une image PNG, JPEG ou GIF.</translation>
    </message>
    <message>
        <source>Template “%1”: there is no image “%2” beside the template.</source>
        <translation>Modèle « %1 » : il n’y a pas d’image « %2 » à côté du modèle.</translation>
    </message>
    <message>
        <source>Template “%1”: the logo “%2” must weigh less than %3 MB.</source>
        <translation>Modèle « %1 » : le logo « %2 » doit peser moins de %3 Mo.</translation>
    </message>
    <message>
        <source>Template “%1”: the logo “%2” is not a readable image.</source>
        <translation>Modèle « %1 » : le logo « %2 » n’est pas une image lisible.</translation>
    </message>
    <message>
        <source>“%2” is not an e-mail address: give the sender&apos;s address (From).</source>
        <translation>« %2 » n’est pas une adresse e-mail : indiquez l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>“%2” is not the name of a mail server: give one such as smtp.example.org.</source>
        <translation>« %2 » n’est pas le nom d’un serveur de messagerie : indiquez-en un comme smtp.example.org.</translation>
    </message>
    <message>
        <source>“%2”: the port of a mail server is a number from 1 to 65535.</source>
        <translation>« %2 » : le port d’un serveur de messagerie est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The mail server %2 refused the user %3 (%4): check the user and the password.</source>
        <translation>Le serveur de messagerie %2 a refusé l’utilisateur %3 (%4) : vérifiez l’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The mail server %2 does not offer what is needed (%3): check the security (STARTTLS, SSL/TLS) and the port.</source>
        <translation>Le serveur de messagerie %2 n’offre pas ce qu’il faut (%3) : vérifiez la sécurité (STARTTLS, SSL/TLS) et le port.</translation>
    </message>
    <message>
        <source>The mail server %2 cannot be reached (%3): check its name, its port and the network.</source>
        <translation>Le serveur de messagerie %2 est injoignable (%3) : vérifiez son nom, son port et le réseau.</translation>
    </message>
    <message>
        <source>“%1” is the event file itself: choose another name for the bundle.</source>
        <translation>« %1 » est le fichier de l’événement lui-même : choisissez un autre nom pour le paquet.</translation>
    </message>
    <message>
        <source>“%1” is a folder: choose a file name for the bundle.</source>
        <translation>« %1 » est un dossier : choisissez un nom de fichier pour le paquet.</translation>
    </message>
    <message>
        <source>“%1” already exists and is not a bundle: it was left as it is. Choose another name.</source>
        <translation>« %1 » existe déjà et n’est pas un paquet : il a été laissé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is not a checkin bundle: nothing was merged.</source>
        <translation>« %1 » n’est pas un paquet checkin : rien n’a été fusionné.</translation>
    </message>
    <message>
        <source>“%1” is incomplete (cut short: a USB key pulled out too early?): nothing was merged. Export it again.</source>
        <translation>« %1 » est incomplet (coupé : une clé USB retirée trop tôt ?) : rien n’a été fusionné. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is damaged or altered: nothing was merged. Export it again.</source>
        <translation>« %1 » est endommagé ou altéré : rien n’a été fusionné. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” holds %2 entries where its header says %3: nothing was merged. Export it again.</source>
        <translation>« %1 » contient %2 entrées alors que son en-tête en annonce %3 : rien n’a été fusionné. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %2 of “%1” is not an entry as checkin writes them: nothing was merged.</source>
        <translation>La ligne %2 de « %1 » n’est pas une entrée telle que checkin les écrit : rien n’a été fusionné.</translation>
    </message>
    <message>
        <source>“%1” was not sealed by a station of this event (altered, damaged or forged): nothing of it was merged.</source>
        <translation>« %1 » n’a pas été scellé par un poste de cet événement (altéré, endommagé ou falsifié) : rien n’en a été fusionné.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of checkin, without seals: nothing of it was merged. Update checkin on the laptop that wrote it.</source>
        <translation>« %1 » a été créé par une version plus ancienne de checkin, sans sceau : rien n’en a été fusionné. Mettez checkin à jour sur l’ordinateur qui l’a écrit.</translation>
    </message>
    <message>
        <source>“%1” belongs to another event, %2 (id %4), not to %3 (id %5): nothing of it was merged.</source>
        <translation>« %1 » appartient à un autre événement, %2 (identifiant %4), et non à %3 (identifiant %5) : rien n’en a été fusionné.</translation>
    </message>
    <message>
        <source>“%1” is not a checkin station file: it was left as it is. Move it out of the shared folder.</source>
        <translation>« %1 » n’est pas un fichier de poste checkin : il a été laissé tel quel. Sortez-le du dossier partagé.</translation>
    </message>
    <message>
        <source>The shared folder “%1” cannot be found (a USB key pulled out, a network share down?): syncing resumes once it is back.</source>
        <translation>Le dossier partagé « %1 » est introuvable (clé USB retirée, partage réseau coupé ?) : la synchronisation reprendra dès qu’il sera de retour.</translation>
    </message>
    <message>
        <source>The personal data of “%1” were purged on %2: it syncs nothing more.</source>
        <translation>Les données personnelles de « %1 » ont été purgées le %2 : il ne synchronise plus rien.</translation>
    </message>
    <message>
        <source>A walk-in needs a last name or a first name.</source>
        <translation>Une inscription sur place demande un nom ou un prénom.</translation>
    </message>
    <message>
        <source>“%1” holds no programme: it is incomplete. Open one of its backups (the folder beside it ending in .backups), or create the event again.</source>
        <translation>« %1 » ne contient pas de programme : il est incomplet. Ouvrez l’une de ses sauvegardes (le dossier à côté, qui se termine par .backups), ou créez l’événement de nouveau.</translation>
    </message>
    <message>
        <source>Lines of “%1” were not sealed by a station of this event (forged or damaged): they were not merged. Lines: %2.</source>
        <translation>Des lignes de « %1 » n’ont pas été scellées par un poste de cet événement (falsifiées ou abîmées) : elles n’ont pas été fusionnées. Lignes : %2.</translation>
    </message>
    <message>
        <source>“%2” is not a PostgreSQL address (%3): write it as postgresql://role@host:5432/database.</source>
        <translation>« %2 » n’est pas une adresse PostgreSQL (%3) : écrivez-la sous la forme postgresql://rôle@hôte/base.</translation>
    </message>
    <message>
        <source>The hub %2 cannot be reached (%3): check the address and the network. The desk goes on; syncing resumes once it answers.</source>
        <translation>Le hub %2 est injoignable (%3) : vérifiez l’adresse et le réseau. L’accueil continue ; la synchronisation reprendra dès qu’il répondra.</translation>
    </message>
    <message>
        <source>The hub %2 refused the role “%3”: check its password (given by “checkin hub add”).</source>
        <translation>Le hub %2 a refusé le rôle « %3 » : vérifiez son mot de passe (donné par « checkin hub add »).</translation>
    </message>
    <message>
        <source>The hub %2 is not prepared: its owner runs “checkin hub init” first.</source>
        <translation>Le hub %2 n’est pas préparé : son propriétaire doit d’abord lancer « checkin hub init ».</translation>
    </message>
    <message>
        <source>The hub %2 was prepared by a newer version of checkin: update checkin on this laptop.</source>
        <translation>Le hub %2 a été préparé par une version plus récente de checkin : mettez à jour checkin sur ce portable.</translation>
    </message>
    <message>
        <source>The hub %2 was prepared by an older version of checkin: its owner runs “checkin hub init” with this one to update it.</source>
        <translation>Le hub %2 a été préparé par une version plus ancienne de checkin : son propriétaire doit lancer « checkin hub init » avec celle-ci pour le mettre à jour.</translation>
    </message>
    <message>
        <source>This event is not on the hub %2, or this role is not the event&apos;s: its owner adds it with “checkin hub add”.</source>
        <translation>Cet événement n’est pas sur le hub %2, ou ce rôle n’est pas celui de l’événement : son propriétaire doit l’ajouter avec « checkin hub add ».</translation>
    </message>
    <message>
        <source>This event was purged from the hub %2 on %3: nothing more is synced through it.</source>
        <translation>Cet événement a été purgé du hub %2 le %3 : plus rien n’est synchronisé par lui.</translation>
    </message>
    <message>
        <source>The hub %2 refused the sync (%3): was the event purged from it?</source>
        <translation>Le hub %2 a refusé la synchronisation (%3) : l’événement y a-t-il été purgé ?</translation>
    </message>
    <message>
        <source>The hub %2 failed (%3): syncing tries again shortly.</source>
        <translation>Le hub %2 a échoué (%3) : la synchronisation réessaiera sous peu.</translation>
    </message>
    <message>
        <source>This role may not prepare the hub %2 (%3): use the owner&apos;s role, allowed to create roles.</source>
        <translation>Ce rôle ne peut pas préparer le hub %2 (%3) : utilisez le rôle du propriétaire, autorisé à créer des rôles.</translation>
    </message>
    <message>
        <source>This role may not add an event to the hub %2 (%3): use the owner&apos;s role, allowed to create roles.</source>
        <translation>Ce rôle ne peut pas ajouter d’événement au hub %2 (%3) : utilisez le rôle du propriétaire, autorisé à créer des rôles.</translation>
    </message>
    <message>
        <source>The event %3 has no programme on the hub %2 (purged, or never synced).</source>
        <translation>L’événement %3 n’a pas de programme sur le hub %2 (purgé, ou jamais synchronisé).</translation>
    </message>
    <message>
        <source>Entry #%2 of station %3 refused: its %4 is not valid.</source>
        <translation>Entrée n° %2 du poste %3 refusée : son %4 n’est pas valide.</translation>
    </message>
    <message>
        <source>Entry #%2 of station %3 refused: a “%4” about something of another kind.</source>
        <translation>Entrée n° %2 du poste %3 refusée : « %4 » porte sur un sujet d’un autre type.</translation>
    </message>
    <message>
        <source>Entry #%2 of station %3 refused: a “%4” whose “%5” is not valid.</source>
        <translation>Entrée n° %2 du poste %3 refusée : « %4 » dont « %5 » n’est pas valide.</translation>
    </message>
    <message>
        <source>Entry #%2 of station %3 refused: its clock is %4 hours ahead of this computer's (at most %5 allowed). Check that laptop's date and time.</source>
        <translation>Entrée n° %2 du poste %3 refusée : son horloge a %4 heures d’avance sur celle de cet ordinateur (%5 au plus). Vérifiez la date et l’heure de ce portable-là.</translation>
    </message>
    <message>
        <source>A line of the shared folder was refused: sealed, but not an entry (%2).</source>
        <translation>Une ligne du dossier partagé a été refusée : scellée, mais ce n’est pas une entrée (%2).</translation>
    </message>
    <message>
        <source>Entry #%2 of station %3 refused: the hub&apos;s copy (row %4) cannot be read. The other entries were merged; tell whoever runs the hub.</source>
        <translation>Entrée n° %2 du poste %3 refusée : sa copie sur le hub (ligne %4) est illisible. Les autres entrées ont été fusionnées ; prévenez la personne qui gère le hub.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>station</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>horloge</translation>
    </message>
    <message>
        <source>kind or subject</source>
        <translation>type ou sujet</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>contenu</translation>
    </message>
</context>
</TS>
