"""Record forms: Designer layouts bound to record fields, with undo, inline problems and drafts."""
