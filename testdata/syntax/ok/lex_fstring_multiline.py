name = "Ada"
items = [1, 2, 3]
report = f"""
Dear {name},

You have {len(items)} items:
{", ".join(str(i) for i in items)}
Total: {
    sum(items)
}
Formatted: {sum(items):>10.2f}
"""
other = f'''single-quoted triple {name!r}
second line {
  items[0] +
  items[1]
} end'''
raw_multi = rf"""
\section{{{name}}}
\n stays raw {items}
"""
