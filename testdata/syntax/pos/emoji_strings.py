s = "😀 smile"; t = s.upper() + "😀"
u = ("😀😀", b"bytes", "é" "😀" 'x')
v = len("😀") + len('é') + len("中文")
w = {"😀": [1, 2], "é": (3,)}["😀"][0]
x = "a😀b".split("😀")[1].strip() if "😀" in s else None
y = """😀
é 😀 中""".count("😀"), "tail"
z = [c for c in "é😀中" if c != "😀"]
assert "😀" not in z, f"still {len(z)} 😀"
