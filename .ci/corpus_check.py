#!/usr/bin/env python3
"""Runs every article of a corpus through the built `sxs` CLI and checks what issue 2 promises.

For each .md file: `sxs parse --format sxs` reproduces it byte for byte; the number of segments in
`sxs parse --format json` equals the number of `data-ttu-id` attributes in the file, or a
diagnostic explains the difference; `sxs extract --side source` contains no span markup of the
pairs and contains every source text of the file. Prints one line per failure and a summary
`corpus: N passed, N failed`; exits 1 when any file fails.

Then, for XLIFF 2.0 and 1.2 (issue 7): one `sxs xliff export` of every article, one `sxs xliff
import` of the result, each article compared byte for byte with the original, and every exported
file validated against the shipped OASIS schema (`sxs xliff validate`).
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def xliff_round_trip(sxs: str, files: list, version: str) -> int:
    """Exports and imports every file through XLIFF `version`; prints failures and counts, returns the failures."""
    common = Path(os.path.commonpath([str(Path(f).resolve().parent) for f in files]))
    with tempfile.TemporaryDirectory() as scratch:
        exported, back = Path(scratch) / "xliff", Path(scratch) / "back"
        subprocess.run([sxs, "xliff", "export", "--version", version, "--errors-only", "-o", str(exported), *files],
                       capture_output=True)
        imported = subprocess.run([sxs, "xliff", "import", "--errors-only", "-o", str(back), str(exported)], capture_output=True)
        for line in imported.stderr.decode(errors="replace").splitlines()[:20]:
            print(f"xliff {version}: {line}")
        same = 0
        for path in files:
            relative = Path(path).resolve().relative_to(common) if len(files) > 1 else Path(Path(path).name)
            rebuilt = back / relative
            if rebuilt.exists() and rebuilt.read_bytes() == Path(path).read_bytes():
                same += 1
            else:
                print(f"{path}: XLIFF {version} export and import does not reproduce the file byte for byte")
        validated = subprocess.run([sxs, "xliff", "validate", "--schemas", str(SCHEMAS), str(exported)], capture_output=True)
        for line in validated.stderr.decode(errors="replace").splitlines()[:20]:
            print(f"xliff {version}: {line}")
        summary = validated.stdout.decode().strip()
        print(f"xliff {version}: {same} of {len(files)} articles round-trip byte for byte; {summary.removeprefix('xliff validate: ')}")
        return (len(files) - same) + (0 if validated.returncode == 0 else 1)


def main() -> int:
    sxs, corpus = sys.argv[1], Path(sys.argv[2])
    # Articles only: the corpus's own README describes the format and is not one.
    files = sorted(str(p) for p in corpus.rglob("*.md") if p.parent != corpus)
    # One process parses everything to JSON Lines, in the order given.
    parsed = subprocess.run([sxs, "parse", "--format", "json", *files], capture_output=True)
    documents = [json.loads(line) for line in parsed.stdout.decode().splitlines()]
    if len(documents) != len(files):
        print(f"corpus: sxs parse printed {len(documents)} documents for {len(files)} files", file=sys.stderr)
        return 1
    passed = failed = segments_total = 0
    for path, document in zip(files, documents):
        problems = []
        original = Path(path).read_bytes()
        if document["path"] != path:
            problems.append(f"document order: got {document['path']}")
        round_trip = subprocess.run([sxs, "parse", "--format", "sxs", "--errors-only", path], capture_output=True)
        if round_trip.stdout != original:
            problems.append("--format sxs does not reproduce the file byte for byte")
        spans = original.count(b"data-ttu-id=")
        segments = len(document["segments"])
        segments_total += segments
        explained = {"unterminated-span", "nested-span"}
        if segments != spans and not any(d["code"] in explained for d in document["diagnostics"]):
            problems.append(f"{segments} segments for {spans} data-ttu-id spans, and no diagnostic explains it")
        extract = subprocess.run([sxs, "extract", "--side", "source", "--errors-only", path], capture_output=True)
        text = extract.stdout.decode("utf-8", errors="replace")
        if "data-ttu-id" in text or "sxs-lookup" in text or "data-stu-id" in text:
            problems.append("extract --side source still has span markup")
        for segment in document["segments"]:
            if segment["source"] is not None and segment["source"] not in text:
                problems.append(f"extract --side source lacks the source of {segment['id']}")
                break
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}: {problem}")
        else:
            passed += 1
    print(f"corpus: {len(files)} files, {segments_total} segments")
    xliff_failures = sum(xliff_round_trip(sxs, files, version) for version in ("2.0", "1.2"))
    print(f"corpus: {passed} passed, {failed} failed")
    return 1 if failed or xliff_failures else 0


if __name__ == "__main__":
    sys.exit(main())
