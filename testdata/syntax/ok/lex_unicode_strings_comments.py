# Comment with accents: é è ê ë, emoji 😀🎉, CJK 中文 日本語 한국어
greeting = "héllo wörld"
emoji = "😀 🎉 👍🏽"  # trailing comment ✓
cjk = "中文字符 and 日本語 and 한국어"
mixed = f"{greeting} — {emoji} … {cjk}"
rtl = "مرحبا שלום"
combining = "e\u0301 vs é"
zwj = "👨‍👩‍👧"
bytes_note = "Ω≈ç√∫˜µ≤≥÷"
# Ελληνικά σχόλια
