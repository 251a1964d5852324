class Report:
    for col in ("a", "b"):
        pass

    @property
    def title(self):
        return "r"
