import json

from factories import sample_facts

from kg.model import ArticleFacts


def test_json_round_trip_is_exact():
    facts = sample_facts()
    data = facts.to_json()
    again = ArticleFacts.from_json(json.loads(json.dumps(data)), text=facts.article.text)
    assert again == facts


def test_json_follows_the_schema_keys():
    data = sample_facts().to_json()
    assert list(data) == ["article", "actors", "roles", "statements", "commitments", "events"]
    assert set(data["commitments"][0]) >= {"actors", "counterparts", "action", "status", "date"}
    assert set(data["events"][0]) >= {"type", "participants", "date", "location"}
    assert data["roles"][0]["provenance"]["extractor"] == "test"
    assert data["actors"][0]["wikidata"] == "Q79"
    assert "wikidata" not in data["actors"][2]
