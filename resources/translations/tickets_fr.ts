<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="72"/>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="83"/>
        <source>Organiser's template…</source>
        <translation>Modèle de l'organisateur…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="85"/>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="89"/>
        <source>Send again to those who already have theirs</source>
        <translation>Renvoyer aussi à ceux qui ont déjà le leur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="91"/>
        <source>The e-mail</source>
        <translation>L'e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="93"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="98"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="100"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="115"/>
        <source>Mail server (SMTP)</source>
        <translation>Serveur d'envoi (SMTP)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="118"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="120"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="125"/>
        <source>Not saved anywhere: typed again next time.</source>
        <translation>Enregistré nulle part : à retaper la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="127"/>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="127"/>
        <source>no pause</source>
        <translation>sans pause</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="130"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="132"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="133"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="134"/>
        <source>User</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="135"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="136"/>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="140"/>
        <source>Write the e-mails as files…</source>
        <translation>Enregistrer les e-mails en fichiers…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="142"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="144"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="148"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="169"/>
        <source>Preview of one e-mail</source>
        <translation>Aperçu d'un e-mail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="194"/>
        <source>%n ticket(s) to send</source>
        <translation>
            <numerusform>%n billet à envoyer</numerusform>
            <numerusform>%n billets à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="195"/>
        <source>%n already sent</source>
        <translation>
            <numerusform>%n déjà envoyé</numerusform>
            <numerusform>%n déjà envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="197"/>
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sans adresse e-mail</numerusform>
            <numerusform>%n sans adresse e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="199"/>
        <source>%n cancelled (never sent)</source>
        <translation>
            <numerusform>%n annulé (jamais envoyé)</numerusform>
            <numerusform>%n annulés (jamais envoyés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="203"/>
        <source>Organiser's template: %1</source>
        <translation>Modèle de l'organisateur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="206"/>
        <source>Send %n ticket(s)</source>
        <translation>
            <numerusform>Envoyer %n billet</numerusform>
            <numerusform>Envoyer %n billets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="212"/>
        <source>No ticket to show (give the sender's address if there is none in the programme).</source>
        <translation>Aucun billet à montrer (indiquez l'adresse de l'expéditeur si le programme n'en a pas).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="216"/>
        <source>To: %1
Subject: %2</source>
        <translation>À : %1
Objet : %2</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="230"/>
        <source>Ticket template</source>
        <translation>Modèle de billet</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="231"/>
        <source>Ticket template (*.toml)</source>
        <translation>Modèle de billet (*.toml)</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="244"/>
        <source>Folder for the e-mails</source>
        <translation>Dossier des e-mails</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="250"/>
        <source>Writing the e-mails…</source>
        <translation>Écriture des e-mails…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="257"/>
        <source>%n e-mail(s) written to %1</source>
        <translation>
            <numerusform>%n e-mail enregistré dans %1</numerusform>
            <numerusform>%n e-mails enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="266"/>
        <source>Give the mail server (SMTP).</source>
        <translation>Indiquez le serveur d'envoi (SMTP).</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="282"/>
        <source>Sending through %1…</source>
        <translation>Envoi par %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="289"/>
        <source>Give the sender's e-mail address (From).</source>
        <translation>Indiquez l'adresse e-mail de l'expéditeur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="292"/>
        <source>Every ticket has been sent already.</source>
        <translation>Tous les billets ont déjà été envoyés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="302"/>
        <source>%n ticket(s) sent</source>
        <translation>
            <numerusform>%n billet envoyé</numerusform>
            <numerusform>%n billets envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="303"/>
        <source>out of %1.</source>
        <translation>sur %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="305"/>
        <source>%n refused by the server:</source>
        <translation>
            <numerusform>%n refusé par le serveur :</numerusform>
            <numerusform>%n refusés par le serveur :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="311"/>
        <source>Stopped: %1. Send again to send the rest.</source>
        <translation>Arrêté : %1. Envoyez de nouveau pour envoyer le reste.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/organiser/tickets_tab.py" line="314"/>
        <source>Stopped on request: send again to send the rest.</source>
        <translation>Arrêté à votre demande : envoyez de nouveau pour envoyer le reste.</translation>
    </message>
</context>
</TS>
