// Before a paper is (re)written its old links go, so a changed abstract never keeps stale entities.
MATCH (p:Paper {id: id})-[r]->() DELETE r
