MATCH (n:{{LABEL}} {id: id})
SET n.x = x, n.y = y, n.degree = degree, n.community = community
