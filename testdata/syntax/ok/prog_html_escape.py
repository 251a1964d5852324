REPLACEMENTS = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;")]


def escape(s):
    for raw, entity in REPLACEMENTS:
        s = s.replace(raw, entity)
    return s


def render_row(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{escape(str(c))}</{tag}>" for c in cells) + "</tr>"


rows = [render_row(["Name", "Comment"], tag="th")]
rows += [render_row([c["author"], c["body"]]) for c in comments]
'<table class="comments">\n' + "\n".join(rows) + "\n</table>"
