"""The vendored Data Docs assets: exactly the files the npm lock gives, covering every CDN URL of GX's templates."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import great_expectations

from pipeline.core.pages import remote_asset_refs
from pipeline.stages.validate.datadocs.assets import (
    ASSETS,
    LICENSES,
    NPM_DIR,
    SUMS,
    VENDOR_DIR,
    check_site,
    copy_assets,
    rewrite_html,
    vendored_files,
)

GX_DIR = Path(great_expectations.__file__).parent / "render" / "view"


def test_vendored_files_match_their_checksums() -> None:
    listed = {}
    for line in SUMS.read_text(encoding="utf-8").splitlines():
        digest, rel = line.split("  ", 1)
        listed[rel] = digest
    assert sorted(listed) == vendored_files()
    for rel, digest in listed.items():
        assert hashlib.sha256((VENDOR_DIR / rel).read_bytes()).hexdigest() == digest, rel


def test_every_asset_and_licence_is_vendored_from_a_pinned_locked_package() -> None:
    files = set(vendored_files())
    for _url, _src, local in ASSETS:
        assert local in files, local
    for _src, local in LICENSES:
        assert local in files, local
    package = json.loads((NPM_DIR / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((NPM_DIR / "package-lock.json").read_text(encoding="utf-8"))
    for name, version in package["dependencies"].items():
        assert re.fullmatch(r"(npm:[a-z-]+@)?\d+\.\d+\.\d+", version), (name, version)  # exact pins only
        entry = lock["packages"][f"node_modules/{name}"]
        assert entry["integrity"].startswith("sha512-"), name


def test_every_remote_asset_of_the_gx_templates_is_covered() -> None:
    """A GX upgrade that adds a CDN reference fails here (and the site check at run time)."""
    known = {url for url, _src, _local in ASSETS}
    found = set()
    for template in sorted(GX_DIR.rglob("*.j2")):
        for url in remote_asset_refs(template.read_text(encoding="utf-8")):
            if "great-expectations-web-assets" not in url:
                found.add(url)
    assert found == known


def test_rewrite_points_cdn_references_at_local_copies() -> None:
    html = (
        '<script src="https://code.jquery.com/jquery-3.7.1.min.js" integrity="sha384-x" crossorigin="anonymous">'
        '</script><link href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css" rel="stylesheet">'
        '<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=20261206&x=1">'
        '<link rel="icon" href="../../../static/images/favicon.ico">'
    )
    assert rewrite_html(html, "../../../../") == (
        '<script src="../../../../static/vendor/jquery-3.7.1/jquery.min.js"></script>'
        '<link href="../../../../static/vendor/fontawesome-free-6.6.0/css/all.min.css" rel="stylesheet">'
        '<img src="../../../../static/images/logo-long.png">'
        '<link rel="icon" href="../../../../static/images/favicon.ico">'
    )


def test_site_check_finds_remote_and_missing_references(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "validations").mkdir(parents=True)
    (site / "index.html").write_text('<script src="static/vendor/jquery-3.7.1/jquery.min.js"></script>')
    (site / "validations" / "v.html").write_text('<link rel="stylesheet" href="https://cdn.example.com/x.css">')
    assert check_site(site) == [
        "index.html: missing static/vendor/jquery-3.7.1/jquery.min.js",
        "validations/v.html: remote https://cdn.example.com/x.css",
    ]
    copy_assets(site)
    assert check_site(site) == ["validations/v.html: remote https://cdn.example.com/x.css"]
