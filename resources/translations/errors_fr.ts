<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../checkin/gui/errors.py" line="18" />
        <source>“%1” does not exist (any more).</source>
        <translation>« %1 » n'existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="19" />
        <source>“%1” is not a checkin event file.</source>
        <translation>« %1 » n'est pas un fichier d'événement checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="20" />
        <source>“%1” is damaged: open one of its backups (the folder beside it ending in .backups).</source>
        <translation>« %1 » est endommagé : ouvrez l'une de ses sauvegardes (le dossier à côté, qui se termine par .backups).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="23" />
        <source>“%1” was made by a newer version of checkin: update checkin on this laptop.</source>
        <translation>« %1 » a été créé par une version plus récente de checkin : mettez checkin à jour sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="26" />
        <source>“%1” already exists: choose another name.</source>
        <translation>« %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="27" />
        <source>“%1” cannot be read (check the disk and the file's permissions).</source>
        <translation>« %1 » ne peut pas être lu (vérifiez le disque et les droits du fichier).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="29" />
        <source>The disk of “%1” is full: this was NOT recorded. Free some space, then try again.</source>
        <translation>Le disque de « %1 » est plein : ceci n'a PAS été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="32" />
        <source>“%1” has become read-only: this was NOT recorded. Check the disk or USB key.</source>
        <translation>« %1 » est passé en lecture seule : ceci n'a PAS été enregistré. Vérifiez le disque ou la clé USB.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="35" />
        <source>“%1” has gone (deleted, moved, or its USB key removed): this was NOT recorded. Put it back, or save a copy.</source>
        <translation>« %1 » a disparu (supprimé, déplacé, ou clé USB retirée) : ceci n'a PAS été enregistré. Remettez-le en place, ou enregistrez une copie.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="38" />
        <source>“%1” is held by another program: this was NOT recorded. Try again.</source>
        <translation>« %1 » est occupé par un autre programme : ceci n'a PAS été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="40" />
        <source>The personal data of “%1” were purged: it records nothing more.</source>
        <translation>Les données personnelles de « %1 » ont été purgées : il n'enregistre plus rien.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="42" />
        <source>“%1” could not be written: this was NOT recorded.</source>
        <translation>« %1 » n'a pas pu être écrit : ceci n'a PAS été enregistré.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/errors.py" line="44" />
        <source>“%1” comes from another laptop: name a new station for this one before recording.</source>
        <translation>« %1 » vient d'un autre poste : nommez un nouveau poste pour celui-ci avant d'enregistrer.</translation>
    </message>
</context>
</TS>