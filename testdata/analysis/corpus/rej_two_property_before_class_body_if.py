class Report:
    @property
    def title(self):
        return "r"

    if True:
        footer = "f"
