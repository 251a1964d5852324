def events(stream):
    for e in stream:
        match e:
            case "tick":
                yield 1
