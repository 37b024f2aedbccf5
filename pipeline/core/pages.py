"""Static HTML pages for reviewers: one look, inline CSS, no remote asset, and the check for that.

Every page the pipeline writes under ``reports/`` opens from disk with no network: our own pages
(the run report, the agreement page, the review queue) carry their stylesheet inline
(:func:`html_page`); Great Expectations' Data Docs load vendored copies of their assets
(``pipeline.stages.validate.datadocs``). :func:`remote_asset_refs` finds what would break that.
"""

from __future__ import annotations

import re
from html import escape

PAGE_CSS = """
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:74rem;padding:0 1rem;color:#1d2430;line-height:1.45;background:#fff}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dde6;padding-bottom:.2rem}
h3{font-size:1rem;margin-top:1.2rem}
a{color:#1f5fbf}nav.back{font-size:.9rem;margin-bottom:.6rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #d8dde6;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{background:#f2f4f8;padding:0 .25rem;border-radius:.2rem;font-size:.88em}
.status{display:inline-block;padding:.3rem .8rem;border-radius:.3rem;font-weight:600}
.ok{background:#e3f4e8;color:#17632f}.bad{background:#fde7e7;color:#9b1c1c}.warn{background:#fff4d6;color:#7a5200}
.muted{color:#5f6b7a}.bar{background:#3d7bd9;height:.7rem;display:inline-block;vertical-align:middle}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:.8rem 0}
.card{border:1px solid #d8dde6;border-radius:.4rem;padding:.6rem .9rem;min-width:9rem}
.card b{display:block;font-size:1.3rem}.card span{color:#5f6b7a;font-size:.85rem}
.next{background:#f6f8fb;border-left:4px solid #3d7bd9;padding:.6rem 1rem}
.flag{color:#9b1c1c;font-weight:bold}
svg text{font-family:inherit}
"""
"""The stylesheet every report page of ours carries inline."""


def html_page(title: str, body: str, *, back: tuple[str, str] | None = None, lang: str = "en") -> str:
    """A complete page: ``title`` (escaped here), ``body`` (HTML), an optional ``(href, text)`` back link."""
    nav = f'<nav class="back"><a href="{escape(back[0], quote=True)}">← {escape(back[1])}</a></nav>' if back else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang, quote=True)}"><head><meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{PAGE_CSS}</style></head>\n'
        f"<body>\n{nav}\n{body}\n</body></html>\n"
    )


_ASSET_ATTR = re.compile(
    r"<(?P<tag>script|img|link|source|iframe|video|audio|embed|object|track|input)\b[^>]*?"
    r"\b(?:src|href|data|poster|srcset)\s*=\s*[\"']?\s*(?P<url>(?:https?:)?//[^\"'\s>]+)",
    re.IGNORECASE,
)
_CSS_REMOTE = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*(?P<url>(?:https?:)?//[^'\")\s]+)", re.IGNORECASE)


def remote_asset_refs(html: str) -> list[str]:
    """URLs a page (or stylesheet) would fetch from the network: element ``src``/``href`` and CSS ``url()``/``@import``.

    Plain links (``<a href>``) are not assets and are not reported.
    """
    found = [m.group("url") for m in _ASSET_ATTR.finditer(html)]
    found += [m.group("url") for m in _CSS_REMOTE.finditer(html)]
    return found
