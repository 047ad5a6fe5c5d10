"""`rnncli tokenize`: learn a vocabulary and encode / decode text with it."""
