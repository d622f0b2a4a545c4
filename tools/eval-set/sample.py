#!/usr/bin/env python3
"""Draws the constraint-miner evaluation sample from the vendored Tencent metadata.

Every request member of every service version (members of an action's input object and of objects used in requests)
is a candidate. Candidates whose documentation mentions a constraint keyword and the rest are drawn separately, half
the sample from each, with a fixed seed, so the sample is the same on every machine. The output lists each member with
its documentation (Chinese, and English where the international corpus has it) and an empty "labels" list for a
careful reader to fill in by reading the text, never by running the miner.

    python3 tools/eval-set/sample.py > tests/TcApi.Import.Tests/Mining/EvalSet/sample.json
"""
import json
import random
import re
import sys
import tarfile
from pathlib import Path

SEED = 20261204
PER_STRATUM = 210
ROOT = Path(__file__).resolve().parents[2] / "spec" / "tencent"

# Words a documentation sentence uses when it states a range, a length, a count or a closed list of values.
KEYWORDS = re.compile(
    r"取值|范围|最大|最小|不超过|不能超过|不大于|不小于|不低于|不高于|大于|小于|长度|字符|可选|枚举|至少|最多|上限|下限|之间|区间|仅支持|"
    r"\d+\s*[:：]\s*\S|[~～]|"
    r"\brange\b|\bmaximum\b|\bminimum\b|\bat most\b|\bat least\b|\bup to\b|\blength\b|\bcharacters\b|\bvalid values\b|\bvalues?:|\bbetween\b",
    re.IGNORECASE)


def specs(archive):
    with tarfile.open(ROOT / archive) as tar:
        for entry in tar:
            if entry.isfile() and entry.name.endswith("/api.json"):
                parts = Path(entry.name).parts
                yield parts[-3], parts[-2], json.load(tar.extractfile(entry))


def request_objects(api):
    names = {a["input"] for a in api["actions"].values()}
    names |= {n for n, o in api["objects"].items() if o.get("usage") in ("in", "both")}
    return sorted(names)


def main():
    english = {}
    for service, version, api in specs("tccli-specs.en.tar.xz"):
        for name in request_objects(api):
            for m in api["objects"].get(name, {}).get("members", []):
                english[(service, version, name, m["name"])] = m.get("document", "")

    candidates = []
    for service, version, api in sorted(specs("tccli-specs.zh.tar.xz"), key=lambda s: (s[0], s[1])):
        for name in request_objects(api):
            for m in api["objects"].get(name, {}).get("members", []):
                doc = m.get("document", "")
                candidates.append({
                    "id": f"{service}/{version}/{name}/{m['name']}",
                    "type": m.get("type"),
                    "member": m.get("member"),
                    "required": m.get("required", False),
                    "document": doc,
                    "documentEn": english.get((service, version, name, m["name"])),
                    "stratum": "keyword" if KEYWORDS.search(doc) else "plain",
                    "labels": [],
                })

    rng = random.Random(SEED)
    sample = []
    for stratum in ("keyword", "plain"):
        pool = [c for c in candidates if c["stratum"] == stratum]
        sample += rng.sample(pool, PER_STRATUM)
    sample.sort(key=lambda c: c["id"])
    json.dump({"seed": SEED, "candidates": len(candidates), "members": sample}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
