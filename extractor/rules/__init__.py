"""The rules of ``extractor.events.EventFinder``, one mixin a module: tree helpers, slots, speakers,
one module per event type, and the combining of mentions into events."""
