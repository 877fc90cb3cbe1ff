// Every paper with what node details return (the columns of paper.cypher, plus its id) and its links' evidence
// sentences: the neighbourhood index of a frozen store is built from it once, at server start.
// In no order (the index sorts), a page of papers at a time where the store reads in pages (page(p)).
MATCH (p:Paper)
WHERE {{page(p)}}
RETURN p.id AS id, p.title AS label, p.abstract AS abstract, p.arxivId AS arxivId, p.date AS date, p.year AS year,
       p.upvotes AS upvotes, p.authorCount AS authorCount, p.organization AS organization, p.venue AS venue, p.links AS links, p.origins AS origins,
       p.degree AS degree, p.sentences AS sentences
