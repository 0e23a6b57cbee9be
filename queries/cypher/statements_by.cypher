// purpose: What an actor said in a date range (inclusive; dates as YYYY-MM-DD).
// params: actor (canonical name), from (date), to (date)
// example: kg query statements_by --param actor=Kremlin --param from=2025-03-01 --param to=2025-03-31
MATCH (s:Statement)-[:SPEAKER]->(x:Actor {name: $actor})
WHERE s.date >= $from AND s.date <= $to
MATCH (s)-[:FROM_ARTICLE]->(a:Article)
RETURN x.name AS speaker, s.date AS date, s.mode AS mode, s.content AS content, a.id AS article
ORDER BY date, article, content
