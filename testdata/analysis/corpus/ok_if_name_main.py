def main():
    return sum(range(5))

if __name__ == "__main__":
    result = main()
else:
    result = -1
result
