import statistics

scores = [s["score"] for s in submissions]
mean = statistics.mean(scores)
sd = statistics.pstdev(scores) or 1.0
target_mean = 75


def curved(score):
    z = (score - mean) / sd
    return max(0, min(100, round(target_mean + z * 10)))


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


grades = {s["student"]: letter(curved(s["score"])) for s in submissions}
distribution = {g: list(grades.values()).count(g) for g in "ABCDF"}
(grades, distribution)
