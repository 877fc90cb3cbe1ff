// Both ends were written earlier in the batch. MERGE on the link: an author list can name someone twice.
MATCH (a:Author {id: authorId})
MATCH (p:Paper {id: paperId})
MERGE (a)-[w:WROTE]->(p)
SET w.position = position
