"""Reads the error out of what the Monty CLI prints on stderr.

Shared by scripts/interp-goldens.d and scripts/sandbox-goldens.d, which
both record (type, message, line) of a failed run.
"""

import re


def exc_line(text):
    """(type, message) of a final 'Type: message' line (the message may span lines)."""
    m = re.match(r"^([A-Za-z_][A-Za-z0-9_.]*)(?:: (.*))?$", text, re.S)
    if not m:
        return ("Unparsed", text)
    return (m.group(1), m.group(2) or "")


def parse_traceback(text):
    """(type, message, line) from a Monty traceback or a frameless error;
    line is that of the innermost frame, None when there is none."""
    lines = text.split("\n")
    if not lines[0].startswith("Traceback (most recent call last):"):
        return exc_line(text) + (None,)
    line, i = None, 1
    while i < len(lines):
        ln = lines[i]
        m = re.match(r'^  File ".*", line (\d+)', ln)
        if m:
            line = int(m.group(1))
        elif not (ln.startswith("    ") or ln == "" or ln.startswith("  [Previous line repeated")):
            break
        i += 1
    return exc_line("\n".join(lines[i:])) + (line,)
