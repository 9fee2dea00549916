"""Run a command that ends when its parent does: `python chroma_child.py PARENT_PID COMMAND...` (Linux).

Only the standard library, and run by path: it starts in a few milliseconds and imports nothing of ours.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def main() -> None:
    """Ask for SIGTERM when the parent dies, make sure it has not died already, then become the command."""
    parent, command = int(sys.argv[1]), sys.argv[2:]
    if sys.platform.startswith("linux"):
        # Kept across exec: the kernel signals the command itself when the thread that started it ends.
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        sys.exit("the process that started Chroma has already ended")
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
