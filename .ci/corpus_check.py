#!/usr/bin/env python3
"""Runs every article of a corpus through the built `sxs` CLI and checks what issue 2 promises.

For each .md file: `sxs parse --format sxs` reproduces it byte for byte; the number of segments in
`sxs parse --format json` equals the number of `data-ttu-id` attributes in the file, or a
diagnostic explains the difference; `sxs extract --side source` contains no span markup of the
pairs and contains every source text of the file. Prints one line per failure and a summary
`corpus: N passed, N failed`; exits 1 when any file fails.
"""
import json
import subprocess
import sys
from pathlib import Path


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
    print(f"corpus: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
