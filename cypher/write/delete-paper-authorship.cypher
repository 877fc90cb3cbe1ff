MATCH (:Author)-[w:WROTE]->(p:Paper {id: id}) DELETE w
