# Text macro: expand {{name}} placeholders from a variables dict.
import re

def expand(template, variables):
    def repl_one(name):
        return str(variables.get(name, "{{" + name + "}}"))
    out = template
    for name in re.findall(r"\{\{(\w+)\}\}", template):
        out = out.replace("{{" + name + "}}", repl_one(name))
    return out

expand("Dear {{first}}, your balance is {{balance}}.", {"first": "Ana", "balance": 12})
