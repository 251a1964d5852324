# CPython NFKC-normalizes identifiers.
ﬁle = 1
ｆｕｌｌｗｉｄｔｈ = 2
ℕ = 3
µ = 4
ℌello = 5
ｘ_ⁱ = 6
print(file, fullwidth, N, μ, Hello)
