<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <numerusform>on %n page.</numerusform>
            <numerusform>on %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to %1 and recorded as printed.</source>
        <translation>
            <numerusform>%n badge sent to %1 and recorded as printed.</numerusform>
            <numerusform>%n badges sent to %1 and recorded as printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message numerus="yes">
        <source>%n logo(s) saved in the event.</source>
        <translation>
            <numerusform>%n logo saved in the event.</numerusform>
            <numerusform>%n logos saved in the event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverbookingWords</name>
    <message numerus="yes">
        <source>%1 — %2 registered for %n place(s)</source>
        <translation>
            <numerusform>%1 — %2 registered for %n place</numerusform>
            <numerusform>%1 — %2 registered for %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Overbooked: %1 registered for %n place</numerusform>
            <numerusform>Overbooked: %1 registered for %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message numerus="yes">
        <source>Overbooked: %1 registered for %n place(s)</source>
        <translation>
            <numerusform>Overbooked: %1 registered for %n place</numerusform>
            <numerusform>Overbooked: %1 registered for %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message numerus="yes">
        <source>%n ticket(s) to send</source>
        <translation>
            <numerusform>%n ticket to send</numerusform>
            <numerusform>%n tickets to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n ticket(s)</source>
        <translation>
            <numerusform>Send %n ticket</numerusform>
            <numerusform>Send %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) written to %1</source>
        <translation>
            <numerusform>%n e-mail written to %1</numerusform>
            <numerusform>%n e-mails written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent</source>
        <translation>
            <numerusform>%n ticket sent</numerusform>
            <numerusform>%n tickets sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourReport</name>
    <message numerus="yes">
        <source>Written: %1 (%n meeting(s))</source>
        <translation>
            <numerusform>Written: %1 (%n meeting)</numerusform>
            <numerusform>Written: %1 (%n meetings)</numerusform>
        </translation>
    </message>
</context>
</TS>
