"""The engine-free core: posts, series, reading time, the catalog and the page plan."""
