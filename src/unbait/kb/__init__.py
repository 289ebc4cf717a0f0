"""The knowledge base: resolution keys for people and works (pure functions, no storage yet)."""
