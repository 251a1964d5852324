type Score = float


class Leaderboard[P: Hashable]:
    def __init__(self) -> None:
        self.scores: dict[P, Score] = {}

    def add(self, player: P, score: Score) -> None:
        self.scores[player] = max(score, self.scores.get(player, 0.0))

    def top[N: int](self, n: N) -> list[tuple[P, Score]]:
        return sorted(self.scores.items(), key=lambda kv: -kv[1])[:n]

    def render(self) -> str:
        return "\n".join(f"{i:>2}. {p!s:<10} {s:>8.1f}{" *" if i == 1 else ""}"
                         for i, (p, s) in enumerate(self.top(10), start=1))


board = Leaderboard[str]()
for row in rows:
    board.add(row["player"], row["score"])
board.render()
