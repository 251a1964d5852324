match token:
    case None:
        kind = "null"
    case True | False as b:
        kind = "bool"
    case "" | '':
        kind = "empty"
    case "a" 'b' """c""":
        kind = "concat"
    case r"\d+":
        kind = "raw"
    case b"" | b"\x00":
        kind = "bytes"
    case u"unicode":
        kind = "u-prefix"
