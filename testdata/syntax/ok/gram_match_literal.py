match code:
    case 200:
        status = "ok"
    case 404:
        status = "not found"
    case 3.5:
        status = "float"
    case "text":
        status = "string"
    case b"raw":
        status = "bytes"
    case "implicit" "concat":
        status = "joined"
    case 0x1F:
        status = "hex"
    case 1_000:
        status = "underscored"
    case None:
        status = "none"
    case True:
        status = "true"
    case False:
        status = "false"
