{x for x in xs}
{x.lower() for x in words if x}
{(a, b) for a in range(3) for b in range(a)}
{*a, *b}
{frozenset(s) for s in sets}
