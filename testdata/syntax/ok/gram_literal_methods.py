", ".join(items)
b"abc".hex()
"x".upper().lower()
[1, 2, 3].index(2)
(1, 2).count(1)
{"a": 1}.get("a")
{1, 2}.union({3})
1 .bit_length()
1.5.is_integer()
0x10 .bit_count()
1j.imag
"".join
