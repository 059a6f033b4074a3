"""A tiny stand-in for a Jupyter kernel, for the notebook host tests.

Runs one cell's code (stdin) as execution count N (argv[1]) and prints one JSON object:
{"stdout": ..., "stderr": ..., "error": null | {"ename", "evalue", "traceback": [...]}}. A failure is
formatted the way IPython 8 formats it for Jupyter (ANSI colours, the dashed rule, the
"Cell In[N], line L" frame, "File path:line, in func(args)" library frames, "---->" markers,
numbered source lines), so the extension reads exactly what a real kernel would send.
"""
import contextlib
import io
import json
import linecache
import os
import sys
import traceback

RED, GREEN, BGREEN, CYAN, BLUE, RESET = "\x1b[0;31m", "\x1b[0;32m", "\x1b[1;32m", "\x1b[0;36m", "\x1b[0;34m", "\x1b[0m"
WIDTH = 75


def numbered(lines, lineno):
    """IPython's source excerpt: two lines of context, the marked line, the rest of the statement."""
    out = []
    start = max(1, lineno - 2)
    depth = 0
    end = lineno
    for i in range(lineno, len(lines) + 1):
        text = lines[i - 1]
        depth += sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")
        end = i
        if depth <= 0:
            break
    for i in range(start, min(end, len(lines)) + 1):
        code = lines[i - 1].rstrip("\n")
        if i == lineno:
            num = str(i)
            arrow = "-" * max(1, 7 - len(num) - 2) + "> " + num
            out.append(f"{GREEN}{arrow}{RESET} {code}")
        else:
            out.append(f"{BGREEN}{i:>7}{RESET} {code}")
    return "\n".join(out) + "\n"


def main():
    count = int(sys.argv[1])
    code = sys.stdin.read()
    # ipykernel compiles each cell to a temporary file name and shows it as "Cell In[N]".
    cell_name = f"/tmp/ipykernel_{os.getpid()}/{count}.py"
    linecache.cache[cell_name] = (len(code), None, code.splitlines(True), cell_name)
    cell_lines = code.splitlines()
    stdout = io.StringIO()
    stderr = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            exec(compile(code, cell_name, "exec"), {"__name__": "__main__"})
    except Exception as exc:  # noqa: BLE001 - a kernel reports every failure
        tb = traceback.extract_tb(exc.__traceback__)[1:]  # drop this runner's own frame
        ename = type(exc).__name__
        frames = []
        for frame in tb:
            if frame.filename == cell_name:
                frames.append(f"Cell {GREEN}In[{count}], line {frame.lineno}{RESET}\n" + numbered(cell_lines, frame.lineno))
            else:
                lines = linecache.getlines(frame.filename)
                frames.append(
                    f"File {GREEN}{frame.filename}:{frame.lineno}{RESET}, in {CYAN}{frame.name}{BLUE}(...){RESET}\n"
                    + numbered(lines, frame.lineno)
                )
        header = "Traceback (most recent call last)"
        error = {
            "ename": ename,
            "evalue": str(exc),
            "traceback": [
                f"{RED}{'-' * WIDTH}{RESET}",
                f"{RED}{ename}{RESET}" + " " * max(1, WIDTH - len(header) - len(ename)) + header,
                *frames,
                f"{RED}{ename}{RESET}: {exc}",
            ],
        }
    print(json.dumps({"stdout": stdout.getvalue(), "stderr": stderr.getvalue(), "error": error}))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
