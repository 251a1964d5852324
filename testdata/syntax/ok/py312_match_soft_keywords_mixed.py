import re

type Token = tuple[str, str]

match = re.match(r"(\w+)=(\d+)", line)
if match:
    key, value = match.groups()

case = {"type": "int"}
match case:
    case {"type": type}:
        print(type)
    case _:
        pass

match(type)
match[0] if isinstance(match, list) else match
type Case = dict[str, "Case"]
_ = [type for type in (int, str)]
