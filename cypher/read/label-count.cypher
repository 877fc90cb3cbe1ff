// How many nodes carry one label (the schema panel's counts); {{LABEL}} is a schema constant.
MATCH (n:{{LABEL}}) RETURN count(n) AS count
