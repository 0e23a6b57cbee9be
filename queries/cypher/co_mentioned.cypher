// purpose: Actors most often mentioned in the same articles as an actor.
// params: actor (any of its names, any case), limit (how many rows)
// example: kg query co_mentioned --param actor=Russia --param limit=10
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($actor) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($actor)) }
MATCH (x)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Actor)
WHERE o <> x
RETURN o.name AS actor, count(DISTINCT a) AS articles
ORDER BY articles DESC, actor
LIMIT toInteger($limit)
