x = 3
if False:
    match x:
        case 1:
            pass
x
