"""Sequence classification (many-to-one): labelled texts and batches (data), training on the engine
(train), labelling and scoring texts with a trained classifier (use)."""
