"""Run ``massage-trainer validate`` on each file named, each in a process of
its own, bounded in time and memory; print one JSON line per file.

The program is imported once, then each file is checked in a forked child
(quick: no start-up per file).  A child that crashes reports its signal, one
that runs out of time is killed by an alarm, one that tries to use too much
memory fails its allocation: none can take the others down.

    python tests/hostile/run_corpus.py SECONDS MEGABYTES FILE...
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys


def _vm_bytes() -> int:
    """The address space this process already holds (Linux), else 0."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_one(path: str, seconds: int, extra_bytes: int) -> dict:
    from massage_trainer.cli import main

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: validate, then leave without any clean-up
        try:
            os.dup2(write_end, 1)
            os.dup2(write_end, 2)
            os.close(read_end)
            sys.stdout = os.fdopen(1, "w", closefd=False)
            sys.stderr = os.fdopen(2, "w", closefd=False)
            held = _vm_bytes()
            if held:
                limit = held + extra_bytes
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            signal.alarm(seconds)
            code = main(["validate", path])
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        except BaseException:  # a traceback is the finding: print it, exit 3
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(3)
    os.close(write_end)
    chunks = []
    while True:
        chunk = os.read(read_end, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return {
        "path": path,
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "output": b"".join(chunks).decode("utf-8", "replace"),
    }


def main(argv: list[str]) -> int:
    seconds, megabytes, *files = argv
    # imported once, before the forks: what validate needs
    import massage_trainer.cli
    import massage_trainer.core.routines
    import massage_trainer.core.zones  # noqa: F401

    for path in files:
        print(json.dumps(run_one(path, int(seconds), int(megabytes) * 1024 * 1024)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
