// The papers among $ids (primary-key lookups) with the columns of all-papers-for-index, in the same order: what an
// incremental serve-index update appends for a run's new papers.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.title AS label, p.abstract AS abstract, p.arxivId AS arxivId, p.date AS date, p.year AS year,
       p.upvotes AS upvotes, p.authorCount AS authorCount, p.organization AS organization, p.venue AS venue, p.links AS links, p.origins AS origins,
       p.degree AS degree
