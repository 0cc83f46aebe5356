"""Text handling: cleaning, accent folding, language, and readings of a goal."""
