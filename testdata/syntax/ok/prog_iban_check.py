LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 4 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if LENGTHS.get(s[:2]) not in (None, len(s)):
        return False
    rearranged = s[4:] + s[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def pretty(iban):
    s = iban.replace(" ", "").upper()
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


{pretty(i): iban_valid(i) for i in ibans}
