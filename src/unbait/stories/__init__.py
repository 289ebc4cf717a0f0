"""Stories: near-verbatim copies (MinHash LSH) and online grouping of articles into events."""
