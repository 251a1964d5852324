def load():
    import json
    from os import path
    from . import helpers
    import a.b.c as abc
    return json, path, helpers, abc


class Lazy:
    def module(self):
        from importlib import import_module
        return import_module("x")

    import math
    from math import tau as TAU
