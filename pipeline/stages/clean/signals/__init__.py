"""Quality signals of a record: lengths, ratios, repetition measures and a coherence score.

The clean stage computes them once per record (after cleaning), uses them in its filters
(:mod:`pipeline.stages.clean.filters`) and keeps them on every kept record as ``q_*`` columns
(:data:`pipeline.stages.clean.signals.record.SIGNAL_SCHEMA`) so later stages and reviewers can sort
and filter by them.

Measures that judge language (special characters, repetition, coherence) look at the *prose* of the
output: its text outside fenced code blocks. Tokens are CJK characters one by one and runs of
letters/digits for other scripts, so the same measure works for Chinese and English.

- :mod:`.counts`: character classes, lengths and tokens, per text and per column;
- :mod:`.repetition`: repeated characters, lines and n-grams;
- :mod:`.coherence`: adjacent-sentence overlap;
- :mod:`.record`: every signal of a record (or a batch of records), and their table.
"""
