// Entities no paper links to any more (after papers were rewritten or pruned). DETACH: another paper's result may
// still point at one (a result names its dataset, model or metric whether or not its own paper's mentions do, and
// is linked to the node when the store holds it); that link goes with the node, the result keeps the name.
MATCH (e:{{LABEL}})
WHERE NOT EXISTS { MATCH (:Paper)-[]->(e) }
DETACH DELETE e
