"""Documents and exports. Building a document's content imports no Qt; only rendering does."""
