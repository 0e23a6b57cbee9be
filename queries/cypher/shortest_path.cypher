// purpose: How two actors are connected: the shortest chains of actors that share a fact (up to 2 hops).
// params: a (any of its names, any case), b (any of its names, any case)
// example: kg query shortest_path --param a="Olaf Scholz" --param b="Vladimir Putin"
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($a) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($a)) }
MATCH (y:Actor)
WHERE toLower(y.name) = toLower($b) OR EXISTS {
  MATCH (y)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($b)) }
MATCH p = allShortestPaths((x)-[:SPEAKER|OBLIGOR|COUNTERPART|HAS_ACTOR|MEMBER|ORGANIZATION*..4]-(y))
WITH [n IN nodes(p) WHERE n:Actor | n.name] AS names, length(p) / 2 AS hops
RETURN DISTINCT hops, reduce(s = head(names), n IN tail(names) | s + ' > ' + n) AS path
ORDER BY path
