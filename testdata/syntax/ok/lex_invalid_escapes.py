# Unknown escapes are kept literally (with a warning in newer versions).
pattern = "\d+\.\d*"
path = "C:\Program Files\data"
word = "\w\s\S\W"
brackets = "\[\]\(\)"
bytes_unknown = b"\d\q\z"
mixed = "\n is newline but \p is not"
space = "\ "
dollar = '\$\%\&'
