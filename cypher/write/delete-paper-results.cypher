// A paper's results, once their links are gone (delete-paper-result-links): found by the paper id they carry.
MATCH (r:Result {paperId: id}) DELETE r
