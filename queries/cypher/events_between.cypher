// purpose: Events (calls, meetings, talks, exchanges, attacks) involving two actors in a period (inclusive).
// params: a (any of its names, any case), b (any of its names, any case), from (date), to (date)
// example: kg query events_between --param a="Vladimir Putin" --param b="Donald Trump" --param from=2025-01-01 --param to=2025-12-31
MATCH (xa:Actor)
WHERE toLower(xa.name) = toLower($a) OR EXISTS {
  MATCH (xa)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($a)) }
MATCH (xb:Actor)
WHERE toLower(xb.name) = toLower($b) OR EXISTS {
  MATCH (xb)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($b)) }
MATCH (e:Event)-[:HAS_ACTOR]->(xa)
MATCH (e)-[:HAS_ACTOR]->(xb)
WHERE e.date >= $from AND e.date <= $to
MATCH (e)-[:FROM_ARTICLE]->(art:Article)
RETURN DISTINCT e.type AS type, e.date AS date, e.location AS location, art.id AS article
ORDER BY date, type, article
