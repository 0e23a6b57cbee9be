"""Short articles written for the tests, made from invented people and real countries.

``article(i)`` is deterministic: the same i always gives the same text, and
different i give different articles (different pairs, names, days, actions).
"""

from __future__ import annotations

COUNTRIES = [("Norway", "Oslo", "Norwegian"), ("Chile", "Santiago", "Chilean"),
             ("Kenya", "Nairobi", "Kenyan"), ("Poland", "Warsaw", "Polish"),
             ("Vietnam", "Hanoi", "Vietnamese"), ("Morocco", "Rabat", "Moroccan"),
             ("Peru", "Lima", "Peruvian"), ("Finland", "Helsinki", "Finnish")]
FIRST = ["Anders", "Lucia", "Daniel", "Marta", "Tomas", "Irene", "Pavel", "Sofia", "Marek",
         "Elena", "Jonas", "Clara"]
LAST = ["Lindqvist", "Moreno", "Kamau", "Nowicki", "Tran", "Benali", "Quispe", "Virtanen",
        "Halvorsen", "Ortega", "Wanjiru", "Kowal"]
ACTIONS = ["reopen the border crossing", "extend the fishing agreement",
           "exchange military observers", "restore direct flights",
           "share data on river levels", "hold a second round of talks"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int) -> tuple[str, str]:
    """(text, published date) of the i-th test article."""
    a = COUNTRIES[i % len(COUNTRIES)]
    b = COUNTRIES[(i // len(COUNTRIES) + i + 1) % len(COUNTRIES)]
    if a == b:
        b = COUNTRIES[(COUNTRIES.index(a) + 3) % len(COUNTRIES)]
    fa, la = FIRST[i % len(FIRST)], LAST[(i * 5) % len(LAST)]
    fb, lb = FIRST[(i + 7) % len(FIRST)], LAST[(i * 5 + 3) % len(LAST)]
    act = ACTIONS[i % len(ACTIONS)]
    act2 = ACTIONS[(i + 2) % len(ACTIONS)]
    day = DAYS[i % len(DAYS)]
    published = f"2026-{1 + i % 12:02d}-{10 + i % 18:02d}"
    text = (
        f"{a[0]} and {b[0]} agree to {act} (report {i})\n\n"
        f"{a[2]} Foreign Minister {fa} {la} met {b[2]} Foreign Minister {fb} {lb} "
        f"in {a[1]} on {day}. The two ministers agreed to {act}.\n\n"
        f"\"We have taken a practical step for both our peoples,\" {la} said after the "
        f"meeting.\n\n"
        f"{lb} said that {b[0]} would {act2} before the end of the year. "
        f"{a[0]} called on {b[0]} to release the detained fishermen.\n"
    )
    return text, published
