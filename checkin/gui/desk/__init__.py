"""The reception desk: search, person card, outcome card, walk-ins, counters."""
