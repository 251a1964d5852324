def use():
    return LATER * 2

LATER = 21
use()
