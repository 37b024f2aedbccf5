"""Re-create the vendored Data Docs assets from the pinned npm packages (run by hand, not at run time).

    python scripts/vendor_datadocs.py            # npm ci in a temporary folder, copy, write SHA256SUMS
    python scripts/vendor_datadocs.py --check    # exit 1 if vendor/ differs from what npm ci gives

``npm ci`` installs exactly ``pipeline/stages/validate/datadocs/npm/package-lock.json`` and checks every
tarball against its sha512 ``integrity`` hash; the files listed in
``pipeline.stages.validate.datadocs.assets`` (ASSETS, ASSET_DIRS, LICENSES) are then copied into
``pipeline/stages/validate/datadocs/vendor/`` and their sha256 written to ``vendor/SHA256SUMS``.
Needs ``npm`` (Node.js) and the npm registry; only a maintainer updating the assets runs it.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.stages.validate.datadocs.assets import (  # noqa: E402
    ASSET_DIRS,
    ASSETS,
    LICENSES,
    NPM_DIR,
    SUMS,
    VENDOR_DIR,
    VENDOR_META,
)


def sha256(path: Path) -> str:
    """Hex sha256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(into: Path) -> None:
    """``npm ci`` from the lock in a temporary folder and copy the assets and licences into ``into``."""
    with tempfile.TemporaryDirectory(prefix="datadocs-npm-") as tmp:
        for name in ("package.json", "package-lock.json", ".npmrc"):
            shutil.copyfile(NPM_DIR / name, Path(tmp) / name)
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=tmp, check=True)
        modules = Path(tmp) / "node_modules"
        pairs = [(src, local) for _url, src, local in ASSETS] + list(LICENSES)
        for src, local in pairs:
            target = into / local
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(modules / src, target)
        for src, local in ASSET_DIRS:
            shutil.copytree(modules / src, into / local, dirs_exist_ok=True)
    lines = [
        f"{sha256(p)}  {p.relative_to(into).as_posix()}"
        for p in sorted(into.rglob("*"))
        if p.is_file() and p.relative_to(into).as_posix() not in VENDOR_META
    ]
    (into / SUMS.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    """Rebuild ``vendor/`` (or, with ``--check``, compare it with a fresh build)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with a fresh build instead of writing")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory(prefix="datadocs-vendor-") as tmp:
            build(Path(tmp))
            fresh = (Path(tmp) / SUMS.name).read_text(encoding="utf-8")
        same = fresh == SUMS.read_text(encoding="utf-8")
        print("vendor/ matches the npm lock" if same else "vendor/ differs from the npm lock: re-run without --check")
        return 0 if same else 1
    readme = (VENDOR_DIR / "README.md").read_bytes() if (VENDOR_DIR / "README.md").is_file() else None
    if VENDOR_DIR.exists():
        shutil.rmtree(VENDOR_DIR)
    VENDOR_DIR.mkdir(parents=True)
    build(VENDOR_DIR)
    if readme is not None:
        (VENDOR_DIR / "README.md").write_bytes(readme)
    print(f"wrote {len(SUMS.read_text().splitlines())} files to {VENDOR_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
