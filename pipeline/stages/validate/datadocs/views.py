"""Great Expectations Data Docs views whose pages load only local files, and the site config using them.

GX looks its page templates up in its own package before any custom folder, so a custom template
cannot replace a stock one; but each site section builder and the index builder take a ``view``
class (``{module_name, class_name}``). :class:`LocalAssetsPageView` and
:class:`LocalAssetsIndexPageView` render the stock templates and pass the HTML through
:func:`~pipeline.stages.validate.datadocs.assets.rewrite_html`, so every build through
:func:`site_config` writes offline pages. The classes subclass GX's and are defined on first access
(this module is imported by GX when it builds Data Docs; importing it costs nothing before that).
"""

from __future__ import annotations

from typing import Any

from pipeline.stages.validate.datadocs.assets import rewrite_html

VIEWS_MODULE = __name__

_CLASSES: dict[str, type] = {}


def _page_prefix(document: Any) -> str:
    """``../`` from a page to the site root, by the rule of GX's ``top_navbar.j2``.

    Validation pages sit at ``validations/<suite parts>/<run name>/<run time>/<batch>.html``, suite
    pages at ``expectations/<suite parts>.html``, the index at the root.
    """
    data = document if isinstance(document, dict) else document.to_json_dict()
    renderer_type = str(data.get("renderer_type") or "")
    dots = str(data.get("expectation_suite_name") or "").count(".")
    if "ValidationResults" in renderer_type or "ProfilingResults" in renderer_type:
        return "../" * (dots + 4)
    if "ExpectationSuite" in renderer_type:
        return "../" * (dots + 1)
    return ""


def _build() -> dict[str, type]:
    from great_expectations.render.view.view import DefaultJinjaIndexPageView, DefaultJinjaPageView

    class LocalAssetsPageView(DefaultJinjaPageView):
        """GX's page view, pointing CDN references at ``static/vendor/``."""

        def render(self, document: Any, template: Any = None, **kwargs: Any) -> str:
            """Render the stock template, then localise its asset references."""
            html = super().render(document, template, **kwargs)  # type: ignore[no-untyped-call]  # untyped in GX
            return rewrite_html(html, _page_prefix(document))

    class LocalAssetsIndexPageView(DefaultJinjaIndexPageView):
        """GX's index page view, pointing CDN references at ``static/vendor/``."""

        def render(self, document: Any, template: Any = None, **kwargs: Any) -> str:
            """Render the stock template, then localise its asset references."""
            html = super().render(document, template, **kwargs)  # type: ignore[no-untyped-call]  # untyped in GX
            return rewrite_html(html, "")

    return {c.__name__: c for c in (LocalAssetsPageView, LocalAssetsIndexPageView)}


def __getattr__(name: str) -> type:
    """GX instantiates the views by module and class name: define the classes on first access."""
    if name in ("LocalAssetsPageView", "LocalAssetsIndexPageView"):
        if not _CLASSES:
            _CLASSES.update(_build())
        return _CLASSES[name]
    raise AttributeError(name)


def site_config(base_directory: str) -> dict[str, object]:
    """A ``data_docs_sites`` entry at ``base_directory`` whose pages reference only local files."""
    page_view = {"module_name": VIEWS_MODULE, "class_name": "LocalAssetsPageView"}
    return {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": base_directory},
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": {"module_name": VIEWS_MODULE, "class_name": "LocalAssetsIndexPageView"},
        },
        "site_section_builders": {
            "expectations": {"view": page_view},
            "validations": {"view": page_view},
            "profiling": {"view": page_view},
        },
    }
