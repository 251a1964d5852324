import re

TEMPLATE = """Hello {{ name }},

Your order {{ order.id }} of {{ order.count }} item(s) ships on {{ order.date }}.
{{ footer }}"""


def lookup(ctx, dotted):
    value = ctx
    for part in dotted.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render(template, ctx):
    def repl(m):
        try:
            return str(lookup(ctx, m.group(1)))
        except (KeyError, AttributeError):
            return ""
    return re.sub(r"\{\{\s*([\w.]+)\s*\}\}", repl, template)


render(TEMPLATE, {"name": customer_name, "order": order_info, "footer": "-- The Shop"})
