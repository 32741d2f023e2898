"""The interactive explorer page and its assets."""
