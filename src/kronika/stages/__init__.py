"""Pipeline stages, one module each: read, clean, language, entities, dates, places, events, claims, link."""
