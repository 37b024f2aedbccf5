"""The learned junk score of the clean stage (the ``learned_junk`` filter).

- :mod:`.features`: author-independent numeric features of a record (shapes, not phrases);
- :mod:`.model`: boosted trees read from a JSON file of numbers, scored for a batch with numpy.

The model is trained offline by ``bench/clean_learned.py``; see docs/CLEAN.md, "Learned junk score".
"""
