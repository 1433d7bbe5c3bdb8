"""What each page shows: views, templates, feeds, social tags, strings (no engine)."""
