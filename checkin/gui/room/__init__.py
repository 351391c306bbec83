"""The workshop room station: attendance of one session, recorded by scan, search or tick."""
