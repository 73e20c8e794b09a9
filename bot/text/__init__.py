"""Pure text and matching: no I/O, no Discord, no SQL. Safe to import from anywhere."""
