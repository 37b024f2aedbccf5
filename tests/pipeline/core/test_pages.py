"""Report pages: the shared shell and the check for remote assets."""

from __future__ import annotations

from pipeline.core.pages import html_page, remote_asset_refs


def test_remote_asset_references_are_found() -> None:
    html = """
    <link rel="stylesheet" href="https://cdn.example.com/a.css">
    <script src='http://cdn.example.com/b.js'></script>
    <img alt="x" src="//images.example.com/c.png">
    <link rel="icon" href="static/favicon.ico">
    <script src="static/vendor/jquery.min.js"></script>
    <a href="https://greatexpectations.io">a plain link is not an asset</a>
    <style>@import "https://fonts.example.com/f.css"; .x{background:url('https://e.example.com/d.png')}
    .y{background:url(../local.png)}</style>
    """
    assert remote_asset_refs(html) == [
        "https://cdn.example.com/a.css",
        "http://cdn.example.com/b.js",
        "//images.example.com/c.png",
        "https://fonts.example.com/f.css",
        "https://e.example.com/d.png",
    ]


def test_the_page_shell_is_self_contained_and_escapes_its_title() -> None:
    page = html_page("Run <1> & co", "<p>body</p>", back=("index.html", "Run report"))
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Run &lt;1&gt; &amp; co</title>" in page
    assert '<nav class="back"><a href="index.html">← Run report</a></nav>' in page
    assert "<style>" in page and remote_asset_refs(page) == []
