count = 1234
note = f"items: {f'{count:,}'} total"
note
