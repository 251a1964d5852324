x = 1234567
template = f"{{x:,}} renders as {x}"
literal = f"{{value:_}} and {{value:#x}}"
print(template)
print(literal)
(template, literal)
