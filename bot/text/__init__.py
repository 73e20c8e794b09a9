"""Pure text and matching: no I/O, no Discord, no store."""
