"""The review round trip with Label Studio: push a run's review queue, pull the reviewers' decisions back.

``connection`` finds the server and its API key (environment or an Airflow connection), ``client`` is a
small REST client over the standard library, ``tasks`` builds the labelling configs and tasks a reviewer
decides from, and ``sync`` holds ``push`` and ``pull`` (``python -m pipeline review push|pull``).
"""
