# Nothing but comments and a docstring.
"""Module docstring: this macro intentionally does nothing.

It mentions yield, del, match and class only in prose.
"""
