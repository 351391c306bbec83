"""The frozen app's entry point: `checkin ...` as the sources' `checkin` script.

The app runs some work as a separate program, `python -m MODULE ...` from the sources
(printing, under a deadline). Frozen, `sys.executable` is this executable and there is
no interpreter to take `-m`: the few modules meant to run so are dispatched here.
"""

import importlib
import sys

HELPER_PROGRAMS = {"checkin.gui.printer_process"}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "-m" and sys.argv[2] in HELPER_PROGRAMS:
        module = importlib.import_module(sys.argv[2])
        return int(module.main(sys.argv[3:]))
    from checkin.cli import main as cli_main
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
