// Stored papers whose folded title is among $keys: a paper stored under its title hash that a source now gives
// an arXiv id for (it moves to the new id).
MATCH (p:Paper)
WHERE p.titleKey IN $keys
RETURN p.id AS id, p.contentHash AS hash, p.titleKey AS titleKey
