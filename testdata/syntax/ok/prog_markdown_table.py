def md_table(rows, columns, align=None):
    align = align or {}
    widths = {c: max(len(str(c)), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}

    def fmt(value, col):
        text = str(value)
        if align.get(col) == "right":
            return text.rjust(widths[col])
        return text.ljust(widths[col])

    def sep(col):
        dashes = "-" * widths[col]
        return dashes[:-1] + ":" if align.get(col) == "right" else dashes

    out = ["| " + " | ".join(fmt(c, c) for c in columns) + " |"]
    out.append("| " + " | ".join(sep(c) for c in columns) + " |")
    out += ["| " + " | ".join(fmt(r.get(c, ""), c) for c in columns) + " |" for r in rows]
    return "\n".join(out)


md_table(get_team_stats(), ["name", "commits", "reviews"], align={"commits": "right", "reviews": "right"})
