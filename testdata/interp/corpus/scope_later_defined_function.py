def main():
    return helper(2) + CONST

def helper(n):
    return n * 10

CONST = 7
main()
