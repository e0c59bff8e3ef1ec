"""The web shell: a read-only JSON API and the offline map/timeline page, over the same library functions."""
