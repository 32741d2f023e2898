"""Natural-language side of stancegraph: reading articles, entities, stances."""
