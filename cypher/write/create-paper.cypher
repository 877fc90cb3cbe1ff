// A paper the store does not hold yet (the caller checked): CREATE skips MERGE's lookup.
CREATE (p:Paper {id: id, title: title, abstract: abstract, titleKey: titleKey, arxivId: arxivId, date: pubDate,
                 year: year, upvotes: upvotes, authorCount: authorCount, organization: organization,
                 venue: venue, links: links,
                 origins: origins, contentHash: contentHash, sentences: sentences})
