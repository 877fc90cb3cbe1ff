// How many relationships have one type (the schema panel's counts); {{REL}} is a schema constant.
MATCH ()-[r:{{REL}}]->() RETURN count(r) AS count
