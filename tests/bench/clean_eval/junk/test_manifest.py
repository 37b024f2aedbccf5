"""MANIFEST.json pins every part of the labelled clean set: a new part or a change to a generator shows here."""

import json
from pathlib import Path

import pytest

MANIFEST = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk" / "MANIFEST.json"

PINNED = {
    "dev": ("3b70d06de750bafc49db68ff62520bd46dc2c2d430ba4dec15d7b464bb0f5277", None),
    "heldout": ("31371473ee55188e4c1aaf76a4246dce14d04193410237c5f3a33d8b3db6deec", None),
    "heldout2": (
        "d7c08d306285a1fbebdaa3524ead02f4bef286240c20d52dc1ac22e9f81c5854",
        "f789dd44351e146750351be9434a1c2b5e8599b4d7d15a93020dcc244c81a581",
    ),
    "heldout3": (
        "82dfa3d978cfa84e864a6022d226a618fdbfd865964d8cacf90ab80b75eb9978",
        "f571b23e922f9d072fc9635941bac5bcf8ec573e81c9760eb0b5e51eb39d1e1d",
    ),
    "heldout4": (
        "e8731f693ddc8ba8663aa6a213f791a0796dc742911639a2b40ea776dcc57201",
        "3bc46bb6176d126414bd5d35a777bd76256c833789fa11a75f06499256ad4ff5",
    ),
    "heldout5": (
        "b5ac35a156bee06f115bc759218352c68d184a88dc38c45464824173d094959e",
        "30c11a220650222ac1bdcdd4a63fe0dfdbd7b638591df23a360d2b27f368b20b",
    ),
    "heldout6": (
        "247862b85ba01a6e29fc096e700eac7be05dca09af350027f06c0aa83d96346b",
        "cba38b179d191eff7018b69ed3876be51a2f10a8e25d5c1582656acc28ab55b9",
    ),
    "heldout7": (
        "8e63909534cf6fd598f77a42e436046dda9abb498ba7fa69bd5c7f4edbcac444",
        "8018f96158cf16fe6f4b2a2b644df5517fb3376f0faa4f73b8c46be376dd5c41",
    ),
    "heldout8": (
        "ef46ada679862e24077ec21ae28fcff405498c419842ded56b58507ea7487f8b",
        "d98c7a2479729dba222b88d484d1e16cc276a09791ce1152c775f65af4c3ea73",
    ),
    "heldout9": (
        "7bb8b829aa28321ae9741a97eef19a2f6121a3465fb54dbe9c900f198fc49c03",
        "c85d5056f9c3c705e1d0cbe0d7014ea42f634ebfc1434c9bbebd4906a8af9eba",
    ),
    "heldout10": (
        "a5b420da941d81823b55f706b85fc02ddccfcfce97711a02856c91ff0f3b8a19",
        "39b5deedcc335bca35d8bee63b8fa13aea0fe6eb48f61beebf910e2ece685df8",
    ),
    "heldout11": (
        "8fc483ffe8b34922b33f3c0b9c355df5e08d37b0bb0b25524acd0e597e456782",
        "45cca5830179fc0062af3de5ddcb3b98874169fc8eb0ed4a1e7d7d1e668c7ae3",
    ),
    "heldout12": (
        "4c7275941d54dec94e9cf5858d0e8d7e03df90e8ee94612c4e04dbaa70ec92ff",
        "5d2ac53903a9c1dd11c68815d40bb1f7d2851aef2c1e8b3b70cefc64eabdff09",
    ),
    "heldout13": (
        "3cfe76bb888285078c2ac20e57d67920ec7393fca24b60feabc800b9844a7632",
        "7da7a7d907da55596597ead31d724cc3474fd205d987926587f22120aa4ef7d2",
    ),
    "heldout14": (
        "a63b4c7b73edef885c0d813a482ae803b72ae8ec08cac8bddecef93d14b08cd7",
        "f3f641991f713730120529d20e731d56e3b12bbfd196b0c27b098e626fa7b3dd",
    ),
    "heldout15": (
        "1bd9e7a4b5f65f881751053e9d54e615aee2502944a3ae163972575f77a01194",
        "bcaa04003d3c5096ebfe35e54eb326338fd17908a580c6be9fc0258497b6c5e7",
    ),
    "heldout16": (
        "b4673c9d299012fdfa9c5aa3ed0ca4e70b3107c37598282c65bfa4e6cebd8afd",
        "1c1cd9ec4691841751fe46b530c764bc883893cc53e03634770b94dbcedc9a8d",
    ),
}
"""Part: (SHA-256 of its junk records, SHA-256 of its authored good records or None)."""


@pytest.mark.parametrize("part", sorted(PINNED))
def test_every_part_keeps_its_manifest_entry(part):
    entry = json.loads(MANIFEST.read_text(encoding="utf-8"))[part]
    junk, good = PINNED[part]
    assert entry["sha256"] == junk
    assert (entry["good"]["sha256"] if "good" in entry else None) == good


def test_no_part_is_unpinned():
    assert set(json.loads(MANIFEST.read_text(encoding="utf-8"))) == set(PINNED)


@pytest.mark.parametrize(
    "part", [p for p in PINNED if p.startswith("heldout") and p not in ("heldout", "heldout2", "heldout3")]
)
def test_blind_parts_are_balanced_in_the_manifest(part):
    entry = json.loads(MANIFEST.read_text(encoding="utf-8"))[part]
    assert entry["records"] == 800 and entry["good"]["records"] == 780
    assert "by_generator" not in entry
