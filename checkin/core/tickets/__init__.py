"""Tickets by e-mail: each registration's QR code, sent before the day.

- `templates`: the words of the e-mail and the ticket (French, English, the organiser's own).
- `plan`: who gets a ticket now (active, with an address, not already sent to it).
- `document`: the one-page PDF ticket; `message`: the e-mail (plain, HTML, QR, PDF).
- `sending`: SMTP, paced, each ticket journaled once the server has accepted it.
- `outbox`: the e-mails written as .eml files, for a look in a mail client.
"""
