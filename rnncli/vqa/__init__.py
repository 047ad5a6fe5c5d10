"""Visual question answering: questions about images, answered by a classifier over answers."""
