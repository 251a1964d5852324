result = compute(
    "é😀",
    key=[1,
         2],
)
total = (1 +
         2) * 3
text = """first é
second 😀
""" + 'end'
long_name = alpha.beta \
    .gamma(δ)
pair = {
    "k": "😀",
}
