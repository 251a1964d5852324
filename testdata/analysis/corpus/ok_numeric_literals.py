big = 2 ** 100
hexv = 0xFF
octv = 0o17
binv = 0b1010
sep = 1_000_000
flt = 1.5e-3
inf_like = 1e308 * 10
(big % 1000, hexv, octv, binv, sep, flt, inf_like > 0)
