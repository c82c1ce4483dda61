"""OS and server package updates of the guests on a node, by hand and on a schedule."""
