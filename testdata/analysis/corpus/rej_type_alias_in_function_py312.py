def build():
    type Row = dict[str, int]
    rows: list[Row] = [{"a": 1}]
    return rows

build()
