try:
    pass
except* ValueError:
    match 1:
        case 1:
            pass
