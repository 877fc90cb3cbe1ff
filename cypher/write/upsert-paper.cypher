MERGE (p:Paper {id: id})
SET p.title = title, p.abstract = abstract, p.titleKey = titleKey, p.arxivId = arxivId, p.date = pubDate,
    p.year = year, p.upvotes = upvotes, p.authorCount = authorCount, p.organization = organization,
    p.venue = venue, p.links = links,
    p.origins = origins, p.contentHash = contentHash, p.sentences = sentences
