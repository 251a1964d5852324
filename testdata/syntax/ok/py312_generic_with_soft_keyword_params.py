def pick[type](match: type, case: type) -> type:
    return match or case


class Matcher[match, case]:
    def run(self, match: match) -> case: ...


type Pattern[_] = list[_]
