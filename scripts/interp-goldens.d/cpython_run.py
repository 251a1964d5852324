"""Runs one program under CPython the way `monty FILE` runs it.

Usage: python cpython_run.py NAME.py OUT.json   (run in the program's directory)

The program's own output goes to stdout untouched; the outcome (status,
error type/message/line, traceback) is written to OUT.json, so nothing the
program prints can be mistaken for it.
"""

import json
import sys
import traceback


def innermost_line(tb, name):
    """Line of the innermost traceback frame that belongs to the program."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def main():
    name, out = sys.argv[1], sys.argv[2]
    with open(name, "rb") as fh:
        src = fh.read()
    rec = {"status": "ok", "error": None, "traceback": None}
    try:
        code = compile(src, name, "exec")
    except SyntaxError as e:
        rec["status"] = "parse-rejected"
        rec["error"] = {"type": type(e).__name__, "message": e.msg, "line": e.lineno}
        rec["traceback"] = "".join(traceback.format_exception_only(e))
    else:
        try:
            exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
        except BaseException as e:  # the program's exception, whatever it is
            tb = e.__traceback__.tb_next  # drop this runner's frame
            rec["status"] = "runtime-error"
            rec["error"] = {"type": type(e).__name__, "message": str(e),
                            "line": innermost_line(tb, name)}
            rec["traceback"] = "".join(traceback.format_exception(type(e), e, tb))
    sys.stdout.flush()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(rec, fh)


main()
