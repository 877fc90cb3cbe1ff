MERGE (e:{{LABEL}} {id: id})
SET e.name = name, e.aliases = aliases
