MATCH (p:Paper {id: $id})
RETURN p.title AS label, p.abstract AS abstract, p.arxivId AS arxivId, p.date AS date, p.year AS year,
       p.upvotes AS upvotes, p.authorCount AS authorCount, p.organization AS organization, p.venue AS venue, p.links AS links, p.origins AS origins,
       p.degree AS degree
