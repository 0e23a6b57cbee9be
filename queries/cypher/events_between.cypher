// purpose: Events (calls, meetings, talks, exchanges, attacks) involving two actors in a period (inclusive).
// params: a (canonical name), b (canonical name), from (date), to (date)
// example: kg query events_between --param a="Vladimir Putin" --param b="Donald Trump" --param from=2025-01-01 --param to=2025-12-31
MATCH (e:Event)-[:HAS_ACTOR]->(:Actor {name: $a})
MATCH (e)-[:HAS_ACTOR]->(:Actor {name: $b})
WHERE e.date >= $from AND e.date <= $to
MATCH (e)-[:FROM_ARTICLE]->(art:Article)
RETURN DISTINCT e.type AS type, e.date AS date, e.location AS location, art.id AS article
ORDER BY date, type, article
