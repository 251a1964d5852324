# str.format is a runtime matter (missing in 0.0.18, present later).
template = "{:,} items, {:_} bytes, {:#x}"
try:
    text = template.format(12345, 67890, 255)
except AttributeError:
    text = "format unavailable"
text
