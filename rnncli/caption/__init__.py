"""Image captioning (one-to-many): captioned images and batches (data), training on the engine
(train), captioning images and drawing where the model looked (use)."""
