// Both ends were written earlier in the batch. The link is CREATEd, not merged: the batch deleted a stored paper's
// authorship first, and graph-batch lists each author once per paper, so nothing can exist to merge with, and a
// MERGE would scan a prolific author's links for every row.
MATCH (a:Author {id: authorId})
MATCH (p:Paper {id: paperId})
CREATE (a)-[:WROTE {position: position}]->(p)
