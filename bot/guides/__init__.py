"""Country guides: sourced facts per destination and topic, and answers built from them."""
