"""Generation: the model layer, sentence embeddings, compression and fusion."""
