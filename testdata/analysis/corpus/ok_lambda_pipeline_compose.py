def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

clean = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
[clean(s) for s in ["  Hello World ", "ABC def"]]
