"""The Organiser mode: dashboard, exports, re-import, programme, data-protection purge.

`page.OrganiserPage` is a tab widget whose tabs are listed in `page.TABS`."""
