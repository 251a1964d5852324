"""Module docstring.

Spans several lines.
"""


def func():
    """Function docstring."""
    return 1


class Klass:
    '''Class docstring with 'quotes'.'''

    def method(self):
        r"""Raw docstring with \n backslash."""


async def coro():
    "single-quoted docstring"
    await x
