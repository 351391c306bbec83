"""Thin launcher: `python main.py ...` is the same as `checkin ...`."""

from checkin.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
