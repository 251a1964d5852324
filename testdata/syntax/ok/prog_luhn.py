def luhn_ok(number):
    digits = [int(c) for c in str(number) if c.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


def brand(number):
    n = str(number)
    if n.startswith("4"):
        return "visa"
    if n[:2] in {"51", "52", "53", "54", "55"} or 2221 <= int(n[:4]) <= 2720:
        return "mastercard"
    if n[:2] in ("34", "37"):
        return "amex"
    return "unknown"


card = card_number.replace(" ", "")
{"valid": luhn_ok(card), "brand": brand(card), "last4": card[-4:]}
