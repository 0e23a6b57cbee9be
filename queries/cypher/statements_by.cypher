// purpose: What an actor said in a date range (inclusive; dates as YYYY-MM-DD).
// params: actor (any of its names, any case), from (date), to (date)
// example: kg query statements_by --param actor=Kremlin --param from=2025-03-01 --param to=2025-03-31
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($actor) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($actor)) }
MATCH (s:Statement)-[:SPEAKER]->(x)
WHERE s.date >= $from AND s.date <= $to
MATCH (s)-[:FROM_ARTICLE]->(a:Article)
RETURN x.name AS speaker, s.date AS date, s.mode AS mode, s.content AS content, a.id AS article
ORDER BY date, article, content
