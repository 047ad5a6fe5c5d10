"""Translation: sentence-pair corpora and batches (corpus), training on the engine (train), greedy and beam
search (search), translating with a trained model (translate) and keeping placeholders (placeholders)."""
