// purpose: An actor's dated timeline: what it said, committed to and took part in, oldest first.
// params: actor (any of its names, any case)
// example: kg query actor_timeline --param actor="Volodymyr Zelenskyy"
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($actor) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($actor)) }
MATCH (f:Fact)-[r:SPEAKER|OBLIGOR|HAS_ACTOR]->(x)
WHERE f.date IS NOT NULL
MATCH (f)-[:FROM_ARTICLE]->(a:Article)
RETURN DISTINCT f.date AS date,
       CASE type(r) WHEN 'SPEAKER' THEN 'said' WHEN 'OBLIGOR' THEN 'committed' ELSE 'event' END AS kind,
       coalesce(f.content, f.action, f.type) AS what, a.id AS article
ORDER BY date, kind, what
