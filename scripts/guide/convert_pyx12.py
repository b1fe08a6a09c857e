#!/usr/bin/env python3
"""Writes the implementation-guide data files of scrub837 from pyx12's map XML (development time only).

Usage: scripts/guide/convert_pyx12.py PYX12_DIR OUT_DIR

Reads PYX12_DIR/pyx12/map/837.5010.X222.A1.xml (837P, 005010X222A1),
PYX12_DIR/pyx12/map/837Q3.I.5010.X223.A1.xml (837I; pyx12 reads it for 005010X223A2) and
PYX12_DIR/pyx12/map/dataele.xml (types and lengths of the data elements), applies the changes listed
in scripts/guide/changes.json (errata the source lags, places where the published guide wins, plain
fix messages), and writes OUT_DIR/837P-005010X222A1.json and OUT_DIR/837I-005010X223A2.json.

The output is the project's own format (see docs/validation.md): sections a claim is read in
(header, 2000A, 2000B, 2000C, 2300), each a loop tree of segments and elements. pyx12's XML is input
only and is never committed; the output carries pyx12's BSD licence through NOTICE.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUIDES = [
    ("837P-005010X222A1.json", "837.5010.X222.A1.xml", "005010X222A1", "837P"),
    ("837I-005010X223A2.json", "837Q3.I.5010.X223.A1.xml", "005010X223A2", "837I"),
]
# the loops a claim's parts start with (the reader splits the transaction at each HL and CLM)
SECTION_LOOPS = ("2000A", "2000B", "2000C", "2300")


def repeat_count(text):
    text = (text or "1").strip()
    return -1 if text.startswith(">") else int(text)


def data_elements(path):
    result = {}
    for de in ET.parse(path).getroot().iter("data_ele"):
        result[de.get("ele_num")] = (de.get("data_type"), int(de.get("min_len")), int(de.get("max_len")))
    return result


def element(node, types):
    out = {"seq": int(node.findtext("seq")), "name": node.findtext("name").strip(),
           "usage": node.findtext("usage").strip()}
    if node.tag == "composite":
        out["components"] = [element(c, types) for c in node if c.tag == "element"]
        return out
    ref = node.findtext("data_ele").strip()
    data_type, min_len, max_len = types[ref]
    out.update({"ref": ref, "type": data_type, "min": min_len, "max": max_len})
    codes = node.find("valid_codes")
    if codes is not None:
        if codes.get("external"):
            out["external"] = codes.get("external")
        listed = [c.text.strip() for c in codes.iter("code")]
        if listed:
            out["codes"] = sorted(set(listed))
    regex = node.findtext("regex")
    if regex:
        out["regex"] = regex.strip()
    return out


def key_of(segment):
    """How the segment is told apart from others with its tag: pyx12's rule (element 01 of type ID,
    required, with codes; else component 01-1 with codes; HL by HL03)."""
    elements = segment["elements"]
    first = elements[0] if elements else None
    if first and "components" not in first and first["type"] == "ID" and first["usage"] == "R" and first.get("codes"):
        return {"element": 1, "component": 0, "codes": first["codes"]}
    if first and "components" in first:
        c = first["components"][0]
        if c["type"] == "ID" and c.get("codes"):
            return {"element": 1, "component": 1, "codes": c["codes"]}
    if segment["tag"] == "HL" and len(elements) > 2 and elements[2].get("codes"):
        return {"element": 3, "component": 0, "codes": elements[2]["codes"]}
    return None


def segment(node, types):
    out = {"kind": "segment", "tag": node.get("xid"), "name": node.findtext("name").strip(),
           "usage": node.findtext("usage").strip(), "maxUse": repeat_count(node.findtext("max_use")),
           "pos": node.findtext("pos").strip()}
    syntax = [s.text.strip() for s in node.findall("syntax")]
    if syntax:
        out["syntax"] = syntax
    out["elements"] = [element(c, types) for c in node if c.tag in ("element", "composite")]
    key = key_of(out)
    if key:
        out["key"] = key
    return out


def loop(node, types, keep_sections):
    out = {"kind": "loop", "id": node.get("xid"), "name": node.findtext("name").strip(),
           "usage": node.findtext("usage").strip(), "repeat": repeat_count(node.findtext("repeat")),
           "children": []}
    for c in node:
        if c.tag == "segment":
            out["children"].append(segment(c, types))
        elif c.tag == "loop":
            if not keep_sections and c.get("xid") in SECTION_LOOPS:
                continue
            if c.get("type") == "wrapper":  # HEADER / DETAIL: no segment of their own
                out["children"].extend(loop(c, types, keep_sections)["children"])
            else:
                out["children"].append(loop(c, types, keep_sections))
    return out


def find(node, xid):
    for l in node.iter("loop"):
        if l.get("xid") == xid:
            return l
    raise KeyError(xid)


def walk_elements(section, loop_id, tag, key_code):
    """The segments of loop_id with this tag (and, when given, this qualifier code)."""
    found = []

    def visit(node, current):
        for c in node["children"]:
            if c["kind"] == "loop":
                visit(c, c["id"])
            elif current == loop_id and c["tag"] == tag and (
                    key_code is None or (c.get("key") and key_code in c["key"]["codes"])):
                found.append(c)
    visit(section, section["id"])
    return found


# The kinds of change changes.json may list; each sets fields of a segment or element ("set"):
#   guide-wins  a code list, usage or length where the published guide and the source disagree
#   errata      an errata item the source lags (named in "why")
#   fix         a plain message for a finding on an element ("fix", {value}: what was sent) or for a
#               segment of this tag with a qualifier the loop does not allow ("wrongQualifier")
#   missing     a plain message for a missing segment, or a missing loop when set on the segment that
#               starts it ("missing"), replacing the walker's generic one
KINDS = ("guide-wins", "errata", "fix", "missing")


def apply_change(sections, change):
    """One change of changes.json: a field of a segment or element set to the guide's value."""
    if change["kind"] not in KINDS:
        raise SystemExit("unknown kind of change: " + json.dumps(change))
    section = sections[change["section"]]
    segments = walk_elements(section, change["loop"], change["segment"], change.get("qualifier"))
    if not segments:
        raise SystemExit("change matches no segment: " + json.dumps(change))
    for seg in segments:
        target = seg
        if "element" in change:
            target = next(e for e in seg["elements"] if e["seq"] == change["element"])
            if "component" in change:
                target = next(e for e in target["components"] if e["seq"] == change["component"])
        for field, value in change["set"].items():
            if value is None:
                target.pop(field, None)
            else:
                target[field] = value
        key = key_of(seg)
        if key:
            seg["key"] = key


def convert(pyx12_dir, out_dir):
    map_dir = Path(pyx12_dir) / "pyx12" / "map"
    types = data_elements(map_dir / "dataele.xml")
    changes = json.loads((HERE / "changes.json").read_text())
    for out_name, source, guide, kind in GUIDES:
        root = ET.parse(map_dir / source).getroot()
        st_loop = find(root, "ST_LOOP")
        header = loop(st_loop, types, keep_sections=False)
        header["id"] = "HEADER"
        header["children"] = [c for c in header["children"] if not (c["kind"] == "segment" and c["tag"] == "SE")]
        sections = {"header": header}
        for xid in SECTION_LOOPS:
            sections[xid] = loop(find(root, xid), types, keep_sections=False)
        applied = []
        for change in changes:
            if change["guide"] == guide:
                apply_change(sections, change)
                applied.append({k: change[k] for k in ("kind", "section", "loop", "segment", "element", "component",
                                                       "qualifier", "set", "why") if k in change})
        doc = {"guide": guide, "transaction": kind,
               "source": "pyx12 pyx12/map/" + source + " and dataele.xml (BSD licence, see NOTICE), converted by"
                         " scripts/guide/convert_pyx12.py",
               "changes": applied, "sections": sections}
        Path(out_dir, out_name).write_text(json.dumps(doc, indent=1, ensure_ascii=True) + "\n")
        print(out_name, sum(1 for _ in json.dumps(doc).split('"kind": "segment"')) - 1, "segments")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
