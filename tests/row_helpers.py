"""Reading the event rows the extractor gives, shared by the construction tests."""


def of_type(rows, event_type):
    return [r for r in rows if r["event_type"] == event_type]


def names_in_role(row, role):
    return sorted(a["name"] for a in row["actors"] if a["role"] == role)


def parties(row):
    return {a["name"] for a in row["actors"]}
