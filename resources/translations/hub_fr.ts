<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>HubSync</name>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>Server: off</source>
        <translation>Serveur : désactivé</translation>
    </message>
    <message>
        <source>Server: connected, synced at %1</source>
        <translation>Serveur : connecté, synchronisé à %1</translation>
    </message>
    <message>
        <source>Server: not reachable</source>
        <translation>Serveur : injoignable</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>dernière synchronisation à %1</translation>
    </message>
    <message>
        <source>Server: connecting…</source>
        <translation>Serveur : connexion…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation>
            <numerusform>%n entrée en attente</numerusform>
            <numerusform>%n entrées en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Where the venue has a network, the stations sync live through a PostgreSQL server: each check-in is recorded here first, then sent; the others’ arrive within a second. The address comes from `checkin hub add`; the password is never written to the event file.</source>
        <translation>Quand le lieu a un réseau, les postes se synchronisent en direct par un serveur PostgreSQL : chaque enregistrement est d’abord écrit ici, puis envoyé ; ceux des autres postes arrivent en moins d’une seconde. L’adresse est donnée par `checkin hub add` ; le mot de passe n’est jamais écrit dans le fichier de l’événement.</translation>
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
        <translation>Pas de trousseau système ici : le mot de passe est gardé jusqu’à la fermeture du fichier.</translation>
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
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Server…</source>
        <translation>Serveur…</translation>
    </message>
</context>
</TS>
