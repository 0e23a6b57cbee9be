// purpose: Actors most often mentioned in the same articles as an actor.
// params: actor (canonical name), limit (how many rows)
// example: kg query co_mentioned --param actor=Russia --param limit=10
MATCH (:Actor {name: $actor})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Actor)
WHERE o.name <> $actor
RETURN o.name AS actor, count(DISTINCT a) AS articles
ORDER BY articles DESC, actor
LIMIT toInteger($limit)
