import collections.abc
