from typing import Any, Callable, Iterable, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


def first(items: Iterable[T], pred: Callable[[T], bool] = bool) -> Optional[T]:
    for item in items:
        if pred(item):
            return item
    return None


def pluck(rows: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(r.get(k) for k in keys) for r in rows]


groups = group_by(employees, key=lambda e: e["department"])
manager = first(employees, lambda e: e.get("is_manager", False))
{dept: pluck(members, "name", "salary") for dept, members in groups.items()}, manager
