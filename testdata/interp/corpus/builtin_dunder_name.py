print(__name__)
__name__ == "__main__"
