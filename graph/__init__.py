"""The store and the networkx graph built from it: queries and exports."""
