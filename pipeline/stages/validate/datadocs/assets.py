"""The CSS, JavaScript, fonts and images of Great Expectations Data Docs, served from local files.

GX 1.24.1's page templates load Bootstrap, bootstrap-table, Font Awesome, jQuery, popper.js, Vega and
GX's own logo from public CDNs; offline the pages render unstyled and the home page lists nothing.
:data:`ASSETS` maps each URL the templates use to the identical file of a pinned npm package. The
files are vendored into ``vendor/`` (with the packages' licence files) by
``scripts/vendor_datadocs.py`` from ``npm/package.json`` + ``npm/package-lock.json`` (``npm ci``
checks every tarball's sha512 integrity hash); ``vendor/SHA256SUMS`` lists what was copied, and a
test checks the files against it. Nothing is downloaded when a run builds its Data Docs.

:func:`rewrite_html` points a page's CDN references at ``static/vendor/`` (the view classes in
:mod:`pipeline.stages.validate.datadocs.views` apply it to every page GX renders), :func:`copy_assets`
puts the vendored files into a site, and :func:`check_site` finds any remote asset reference left.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

from pipeline.core.pages import remote_asset_refs

HERE = Path(__file__).resolve().parent
VENDOR_DIR = HERE / "vendor"
"""The vendored files, laid out as they are served under ``<site>/static/vendor/``."""
NPM_DIR = HERE / "npm"
"""``package.json`` and ``package-lock.json`` the vendored files come from."""
SUMS = VENDOR_DIR / "SHA256SUMS"
VENDOR_META = ("SHA256SUMS", "README.md")
"""Files of ``vendor/`` that are not served."""

S3 = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"

ASSETS: tuple[tuple[str, str, str], ...] = (
    # (URL exactly as in the GX 1.24.1 templates, file in node_modules, path under static/vendor/)
    # bootstrap 4.3.1 (MIT); bootstrap.min.js has the sha384 of the template's integrity attribute
    (
        "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css",
        "bootstrap/dist/css/bootstrap.min.css",
        "bootstrap-4.3.1/bootstrap.min.css",
    ),
    (
        "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js",
        "bootstrap/dist/js/bootstrap.min.js",
        "bootstrap-4.3.1/bootstrap.min.js",
    ),
    # bootstrap-table 1.19.1 (MIT); the templates take the filter-control CSS from 1.19.0
    (
        "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css",
        "bootstrap-table/dist/bootstrap-table.min.css",
        "bootstrap-table-1.19.1/bootstrap-table.min.css",
    ),
    (
        "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js",
        "bootstrap-table/dist/bootstrap-table.min.js",
        "bootstrap-table-1.19.1/bootstrap-table.min.js",
    ),
    (
        "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
        "bootstrap-table-1.19.1/bootstrap-table-filter-control.min.js",
    ),
    (
        "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
        "bootstrap-table-1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
        "bootstrap-table-1.19.0/bootstrap-table-filter-control.min.css",
    ),
    (
        "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css",
        "bootstrap-table-1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css",
        "bootstrap-table-1.19.0/bootstrap-table-filter-control.css",
    ),
    # bootstrap-datepicker 1.9.0 (Apache-2.0)
    (
        "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css",
        "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css",
        "bootstrap-datepicker-1.9.0/bootstrap-datepicker.min.css",
    ),
    (
        "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js",
        "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js",
        "bootstrap-datepicker-1.9.0/bootstrap-datepicker.min.js",
    ),
    # @forevolve/bootstrap-dark 1.1.0 (MIT)
    (
        "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css",
        "@forevolve/bootstrap-dark/dist/css/bootstrap-prefers-dark.css",
        "bootstrap-dark-1.1.0/bootstrap-prefers-dark.css",
    ),
    # jQuery 3.7.1 (MIT); popper.js 1.12.9 (MIT; the sha384 of the template's integrity attribute)
    ("https://code.jquery.com/jquery-3.7.1.min.js", "jquery/dist/jquery.min.js", "jquery-3.7.1/jquery.min.js"),
    (
        "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js",
        "popper.js/dist/umd/popper.min.js",
        "popper.js-1.12.9/popper.min.js",
    ),
    # Font Awesome Free 6.6.0 (code MIT, fonts OFL-1.1, icons CC-BY-4.0); the CSS loads ../webfonts/
    (
        "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css",
        "@fortawesome/fontawesome-free/css/all.min.css",
        "fontawesome-free-6.6.0/css/all.min.css",
    ),
    # Vega (BSD-3-Clause). The templates ask for the latest of a major version (vega@5, vega-lite@5,
    # vega-embed@6; jsDelivr serves package.json's "jsdelivr" file): pinned in npm/package.json.
    ("https://cdn.jsdelivr.net/npm/vega@5", "vega/build/vega.min.js", "vega-5/vega.min.js"),
    ("https://cdn.jsdelivr.net/npm/vega-lite@5", "vega-lite/build/vega-lite.min.js", "vega-lite-5/vega-lite.min.js"),
    (
        "https://cdn.jsdelivr.net/npm/vega-embed@6",
        "vega-embed/build/vega-embed.min.js",
        "vega-embed-6/vega-embed.min.js",
    ),
)
"""Every remote asset of the GX 1.24.1 templates: (URL, file in ``node_modules``, path under ``vendor/``)."""

ASSET_DIRS: tuple[tuple[str, str], ...] = (
    ("@fortawesome/fontawesome-free/webfonts", "fontawesome-free-6.6.0/webfonts"),
)
"""Whole folders copied as well: (folder in ``node_modules``, folder under ``vendor/``)."""

LICENSES: tuple[tuple[str, str], ...] = (
    ("bootstrap/LICENSE", "bootstrap-4.3.1/LICENSE"),
    ("bootstrap-table/LICENSE", "bootstrap-table-1.19.1/LICENSE"),
    ("bootstrap-table-1.19.0/LICENSE", "bootstrap-table-1.19.0/LICENSE"),
    ("bootstrap-datepicker/LICENSE", "bootstrap-datepicker-1.9.0/LICENSE"),
    ("@forevolve/bootstrap-dark/LICENSE", "bootstrap-dark-1.1.0/LICENSE"),
    ("jquery/LICENSE.txt", "jquery-3.7.1/LICENSE.txt"),
    ("popper.js/package.json", "popper.js-1.12.9/package.json"),  # MIT in package.json; no LICENSE file
    ("@fortawesome/fontawesome-free/LICENSE.txt", "fontawesome-free-6.6.0/LICENSE.txt"),
    ("vega/package.json", "vega-5/package.json"),  # BSD-3-Clause in package.json; no LICENSE file
    ("vega-lite/LICENSE", "vega-lite-5/LICENSE"),
    ("vega-embed/LICENSE", "vega-embed-6/LICENSE"),
)
"""Licence files (or the package.json naming the licence) shipped next to the copies."""

IMAGES = {"logo-long.png": "logo-long.png", "full_logo_dark.png": "logo-long.png"}
"""GX's own images the templates fetch from S3 -> the copy GX ships in ``static/images`` (no dark logo ships)."""

_URL_TO_LOCAL = {url: local for url, _src, local in ASSETS}
# src="URL" / href="URL", with integrity/crossorigin attributes: they break file:// loads, drop them
_REF = re.compile(
    r'(?P<attr>src|href)="(?P<url>'
    + "|".join(re.escape(u) for u in sorted(_URL_TO_LOCAL, key=len, reverse=True))
    + r')"(?P<sri>\s+integrity="[^"]*")?(?P<co>\s+crossorigin="[^"]*")?'
)
_S3_IMG = re.compile(re.escape(S3) + r"(?P<name>[A-Za-z0-9_.-]+)(?:\?[^\"')\s]*)?")
# GX 1.24.1's favicon.j2 uses one "../" too few on validation pages (dot_count + 3 instead of + 4)
_FAVICON = re.compile(r'href="(?:\.\./)*static/images/favicon\.ico"')


def rewrite_html(html: str, prefix: str) -> str:
    """Point a page's CDN and S3 references at local files; ``prefix`` leads from the page to the site root."""
    html = _REF.sub(lambda m: f'{m["attr"]}="{prefix}static/vendor/{_URL_TO_LOCAL[m["url"]]}"', html)
    html = _FAVICON.sub(f'href="{prefix}static/images/favicon.ico"', html)
    return _S3_IMG.sub(lambda m: f"{prefix}static/images/{IMAGES.get(m['name'], m['name'])}", html)


def vendored_files() -> list[str]:
    """Paths (relative to ``vendor/``) of every served vendored file."""
    return sorted(
        p.relative_to(VENDOR_DIR).as_posix()
        for p in VENDOR_DIR.rglob("*")
        if p.is_file() and p.relative_to(VENDOR_DIR).as_posix() not in VENDOR_META
    )


def copy_assets(site_dir: Path) -> Path:
    """Copy the vendored files into ``<site_dir>/static/vendor/`` and localise GX's own copied CSS.

    GX copies its ``static/`` folder into each site and never deletes what else is there. Returns
    the vendor folder of the site.
    """
    dest = Path(site_dir) / "static" / "vendor"
    for rel in vendored_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(VENDOR_DIR / rel, target)
    for css in sorted((Path(site_dir) / "static" / "styles").glob("*.css")):  # names the S3 dark logo
        text = css.read_text(encoding="utf-8")
        new = rewrite_html(text, "../../")
        if new != text:
            css.write_text(new, encoding="utf-8")
    return dest


_LOCAL_REF = re.compile(r'<(?:script|img|link|source|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"', re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def check_site(site_dir: Path) -> list[str]:
    """Problems in a built site: remote asset references, and local ones that point at no file."""
    site_dir = Path(site_dir)
    problems = []
    files = sorted([*site_dir.rglob("*.html"), *(site_dir / "static").rglob("*.css")])
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        rel = f.relative_to(site_dir).as_posix()
        problems += [f"{rel}: remote {ref}" for ref in remote_asset_refs(text)]
        for ref in _LOCAL_REF.findall(text) + _CSS_URL.findall(text):
            if ref.startswith(("data:", "#")) or re.match(r"(?i)^([a-z][a-z0-9+.-]*:|//)", ref):
                continue
            target = f.parent / unquote(ref.split("?")[0].split("#")[0])
            if not target.exists():
                problems.append(f"{rel}: missing {ref}")
    return problems
