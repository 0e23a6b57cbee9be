// purpose: Demands made of an actor, and who made them.
// params: actor (the side required to act: any of its names, any case)
// example: kg query demands_on --param actor=Ukraine
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($actor) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($actor)) }
MATCH (c:Commitment {status: 'demanded'})-[:OBLIGOR]->(x)
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
OPTIONAL MATCH (c)-[:COUNTERPART]->(d:Actor)
RETURN x.name AS actor, d.name AS demander, c.action AS action, c.date AS date, a.id AS article
ORDER BY date, action, demander
