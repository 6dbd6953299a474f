"""The Authorities area: the chain of command as a tree, an authority's details, the authority and official forms."""
