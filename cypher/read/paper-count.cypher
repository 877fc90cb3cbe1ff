// How many papers the store holds (the N of inverse document frequencies).
MATCH (p:Paper) RETURN count(p) AS count
