class MathUtil:
    factor = 2

    @staticmethod
    def double(x):
        return x * 2

MathUtil.double(4)
