def render_table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    def fmt(row):
        return " | ".join(f"{str(c):<{w}}" for c, w in zip(row, widths))
    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([fmt(headers), sep] + [fmt(r) for r in rows])

print(render_table([(1, "apple", 0.5), (22, "kiwi", 12.25)], ("id", "fruit", "price")))
