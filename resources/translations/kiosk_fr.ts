<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>KioskCard</name>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="20"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="21"/>
        <source>You are already checked in</source>
        <translation>Vous êtes déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="22"/>
        <source>Choose your name</source>
        <translation>Choisissez votre nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="23"/>
        <source>Ticket not recognised</source>
        <translation>Billet non reconnu</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="24"/>
        <source>Ticket of another event</source>
        <translation>Billet d’un autre événement</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="26"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="27"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="28"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="29"/>
        <source>Scan your ticket</source>
        <translation>Scannez votre billet</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="35"/>
        <source>Please go to the reception desk.</source>
        <translation>Merci de vous adresser à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="36"/>
        <source>Touch “I don't have my ticket”, or go to the reception desk.</source>
        <translation>Touchez « Je n’ai pas mon billet », ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="39"/>
        <source>Your arrival is recorded. Enjoy the day!</source>
        <translation>Votre arrivée est enregistrée. Bonne journée !</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="40"/>
        <source>Nothing more to do. Enjoy the day!</source>
        <translation>Rien d’autre à faire. Bonne journée !</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="42"/>
        <source>Touch your name in the list.</source>
        <translation>Touchez votre nom dans la liste.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="45"/>
        <source>Your arrival is no longer recorded. Try again, or go to the reception desk.</source>
        <translation>Votre arrivée n’est plus enregistrée. Recommencez, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="48"/>
        <source>Hold up the QR code of your ticket, on your phone or on paper.</source>
        <translation>Présentez le QR code de votre billet, sur votre téléphone ou sur papier.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="64"/>
        <source>This is not me</source>
        <translation>Ce n’est pas moi</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/card.py" line="71"/>
        <source>Recorded at %1.</source>
        <translation>Enregistrée à %1.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="98"/>
        <source>Hold your ticket's QR code under the scanner.</source>
        <translation>Présentez le QR code de votre billet au lecteur.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="102"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="109"/>
        <source>I don't have my ticket</source>
        <translation>Je n’ai pas mon billet</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="139"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="146"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="181"/>
        <source>Type at least %1 letters of your name.</source>
        <translation>Tapez au moins %1 lettres de votre nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="190"/>
        <source>Nobody by that name: check the spelling, or go to the reception desk.</source>
        <translation>Personne à ce nom : vérifiez l’orthographe, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="192"/>
        <source>Touch your name.</source>
        <translation>Touchez votre nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="193"/>
        <source>Touch your name, or type more of it.</source>
        <translation>Touchez votre nom, ou tapez-en davantage.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="252"/>
        <source>Your badge is being printed.</source>
        <translation>Votre badge s’imprime.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/view.py" line="257"/>
        <source>Your badge could not be printed: it will be handed to you at the reception desk.</source>
        <translation>Votre badge n’a pas pu être imprimé : il vous sera remis à l’accueil.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="49"/>
        <source>Organiser's PIN</source>
        <translation>Code de l’organisateur</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="54"/>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="65"/>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>Trop de codes incorrects : réessayez dans %1 s.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="68"/>
        <source>Wrong PIN.</source>
        <translation>Code incorrect.</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="77"/>
        <source>Kiosk PIN</source>
        <translation>Code de la borne</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="81"/>
        <source>Choose the organiser's PIN (%1 to %2 digits). It will be asked to leave the kiosk, to change a setting and to close the window.</source>
        <translation>Choisissez le code de l’organisateur (%1 à %2 chiffres). Il sera demandé pour quitter la borne, changer un réglage et fermer la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="87"/>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="88"/>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="104"/>
        <source>The PIN is made of digits only.</source>
        <translation>Le code ne contient que des chiffres.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="105"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Le code a au moins %1 chiffres.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="107"/>
        <source>The PIN has at most %1 digits.</source>
        <translation>Le code a au plus %1 chiffres.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/kiosk/pin_dialog.py" line="109"/>
        <source>The two PINs differ: type it again.</source>
        <translation>Les deux codes diffèrent : tapez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="128"/>
        <source>&amp;Kiosk PIN…</source>
        <translation>Code de la &amp;borne…</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="228"/>
        <source>The organiser's PIN, to close checkin.</source>
        <translation>Le code de l’organisateur, pour fermer checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="337"/>
        <source>The organiser's PIN, to leave the kiosk or change a setting.</source>
        <translation>Le code de l’organisateur, pour quitter la borne ou changer un réglage.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../checkin/gui/main_window.py" line="149"/>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
</context>
</TS>
