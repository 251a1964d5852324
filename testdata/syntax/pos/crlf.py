# CRLF line endings throughout.
α = "é"
if α:
    β = [1,
         2] + ["😀"]
    γ = """a
b😀
c"""
δ = (α,
     β) if α else None
