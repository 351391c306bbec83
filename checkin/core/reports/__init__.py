"""The organisers' outputs: the dashboard's figures, spreadsheet exports, sign-in sheets
and attendance certificates. Everything here reads the projections; nothing writes."""
