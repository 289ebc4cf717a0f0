"""Headline truth: how clickbait a headline is, and the spoiler its article withholds."""
