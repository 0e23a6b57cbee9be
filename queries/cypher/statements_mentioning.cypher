// purpose: Statements whose content names an actor (its canonical name, case-insensitive).
// params: actor (canonical name)
// example: kg query statements_mentioning --param actor=Ukraine
MATCH (s:Statement)-[:SPEAKER]->(x:Actor)
WHERE toLower(s.content) CONTAINS toLower($actor)
MATCH (s)-[:FROM_ARTICLE]->(a:Article)
RETURN x.name AS speaker, s.date AS date, s.content AS content, a.id AS article
ORDER BY date, speaker, content
