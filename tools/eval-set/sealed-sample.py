#!/usr/bin/env python3
"""Draws the SEALED test set of the constraint reader from the vendored Tencent metadata.

The development set (tests/TcApi.Import.Tests/Mining/EvalSet) is what the reader was tuned on. This set is drawn with
another seed, leaves out every member of the development set and every member whose documentation text equals one of
theirs (the same text in another version of a service is not new evidence), and is stratified on the kind of
constraint a member's documentation may state, so that each kind gets enough scored labels for a 99% precision to be
measurable (see the README beside the labels). Members are labelled by readers who see only the text and the rules,
never the reader's code or output.

    python3 tools/eval-set/sealed-sample.py > sample.json
"""
import json
import random
import re
import sys
import tarfile
from pathlib import Path

SEED = 20261207
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "spec" / "tencent"
DEVELOPMENT = ROOT / "tests" / "TcApi.Import.Tests" / "Mining" / "EvalSet"

# Per stratum: which members belong (type and keyword) and how many to draw. A member falls into the first stratum it
# matches, in this order, so the strata do not overlap.
STRATA = [
    ("itemCount", {"list"}, re.compile(
        r"最多|最少|至少|上限|不超过|不能超过|数组|个数|数量|长度|大小|\d+\s*个|\bat most\b|\bat least\b|\bup to\b|\bmaximum\b|\bminimum\b|\belements\b|\bitems\b",
        re.IGNORECASE), 150),
    ("length", {"string"}, re.compile(
        r"长度|字符|字节|位数|\bcharacters?\b|\blength\b|\bbytes?\b", re.IGNORECASE), 170),
    ("range", {"int", "float"}, re.compile(
        r"取值范围|范围|最大|最小|不超过|不能超过|不大于|不小于|不低于|不高于|大于|小于|之间|区间|上限|下限|[~～]|\d\s*[-到至]\s*\d|"
        r"\brange\b|\bmaximum\b|\bminimum\b|\bat most\b|\bat least\b|\bup to\b|\bbetween\b|\bgreater\b|\bless\b",
        re.IGNORECASE), 260),
    ("allowedValues", {"string", "int"}, re.compile(
        r"可选|取值|枚举|支持|\d+\s*[:：]|[A-Za-z]\s*[:：]|\|\s*\w|\bvalid values\b|\bvalues?\s*:|\bsupported\b|\boptions?\b|\benum",
        re.IGNORECASE), 260),
    ("plain", None, None, 80),
]

# The first labelled parts held too few lengths and item counts for a 99% figure to be measurable (the rate of labels
# per drawn member is lower for these kinds): a second draw, with its own seed, from the members not drawn yet.
SUPPLEMENT_SEED = SEED + 1
SUPPLEMENT = [("length", 100), ("itemCount", 100)]


def specs(archive):
    with tarfile.open(CORPUS / archive) as tar:
        for entry in tar:
            if entry.isfile() and entry.name.endswith("/api.json"):
                parts = Path(entry.name).parts
                yield parts[-3], parts[-2], json.load(tar.extractfile(entry))


def request_objects(api):
    names = {a["input"] for a in api["actions"].values()}
    names |= {n for n, o in api["objects"].items() if o.get("usage") in ("in", "both")}
    return sorted(names)


def development_members():
    ids, texts = set(), set()
    for path in sorted(DEVELOPMENT.glob("labels-*.json")):
        for m in json.load(open(path, encoding="utf-8"))["members"]:
            ids.add(m["id"])
            texts.add(m["document"])
    return ids, texts


def stratum_of(member_type, doc):
    for name, types, keywords, _ in STRATA:
        if types is None:
            return name
        if member_type in types and keywords.search(doc):
            return name
    raise AssertionError("the last stratum takes every member")


def main():
    english = {}
    for service, version, api in specs("tccli-specs.en.tar.xz"):
        for name in request_objects(api):
            for m in api["objects"].get(name, {}).get("members", []):
                english[(service, version, name, m["name"])] = m.get("document", "")

    dev_ids, dev_texts = development_members()
    candidates, seen_texts = [], set()
    for service, version, api in sorted(specs("tccli-specs.zh.tar.xz"), key=lambda s: (s[0], s[1])):
        for name in request_objects(api):
            for m in api["objects"].get(name, {}).get("members", []):
                doc = m.get("document", "")
                member_id = f"{service}/{version}/{name}/{m['name']}"
                # The same text twice (another version, another object) would weigh one sentence twice.
                key = (m.get("type"), doc)
                if member_id in dev_ids or doc in dev_texts or key in seen_texts or m.get("type") in ("object", "binary"):
                    continue
                seen_texts.add(key)
                candidates.append({
                    "id": member_id,
                    "type": m.get("type"),
                    "member": m.get("member"),
                    "required": m.get("required", False),
                    "document": doc,
                    "documentEn": english.get((service, version, name, m["name"])),
                    "stratum": stratum_of(m.get("type"), doc),
                    "labels": [],
                })

    rng = random.Random(SEED)
    sample, strata = [], {}
    for name, _, _, count in STRATA:
        pool = [c for c in candidates if c["stratum"] == name]
        strata[name] = {"candidates": len(pool), "drawn": count}
        sample += rng.sample(pool, count)
    drawn = {c["id"] for c in sample}
    supplement_rng = random.Random(SUPPLEMENT_SEED)
    for name, count in SUPPLEMENT:
        pool = [c for c in candidates if c["stratum"] == name and c["id"] not in drawn]
        extra = supplement_rng.sample(pool, count)
        for c in extra:
            c["supplement"] = True
        strata[name]["drawn"] += count
        sample += extra
    sample.sort(key=lambda c: c["id"])
    json.dump({"seed": SEED, "candidates": len(candidates), "strata": strata, "members": sample},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
