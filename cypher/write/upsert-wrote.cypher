MERGE (a:Author {id: authorId})
MERGE (p:Paper {id: paperId})
MERGE (a)-[:WROTE]->(p)
