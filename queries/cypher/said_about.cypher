// purpose: What was said about an agreement or topic: statements whose content contains the words, with speaker and date.
// params: topic (words, case-insensitive, e.g. "ceasefire")
// example: kg query said_about --param topic=ceasefire
MATCH (s:Statement)-[:SPEAKER]->(x:Actor)
WHERE toLower(s.content) CONTAINS toLower($topic)
MATCH (s)-[:FROM_ARTICLE]->(a:Article)
RETURN x.name AS speaker, s.mode AS mode, s.date AS date, s.content AS content, a.id AS article
ORDER BY date, speaker, content
