#!/usr/bin/env python3
"""Derives core's built-in service contracts from the reference files of every Tencent Cloud API 3.0 service.

Run from the repository root (the reference directory is not needed at build or test time):

    python3 core/src/build/derive-services.py [API3_DIR]

API3_DIR defaults to ../shared/reference/api3 and holds one directory <service>-<version> per service version, each
with schema.json, examples.json and errors.json. The script writes, all committed:

- core/src/main/resources/io/github/tctestkit/core/services/index.json: every service version and its action names,
  which routing reads at start;
- core/src/main/resources/io/github/tctestkit/core/services/<service>-<version>.json: one contract per version in the
  format ServiceContract.load reads, plus "codes", every error code the service declares;
- docs/services.md: a table of the service versions.

The data is derived from Tencent's tencentcloud-cli-intl-en (release 3.1.160.1)
tccli/services/<service>/v<version>/api.json and examples.json and the intl Go SDK's (v3.0.1474)
tencentcloud/<service>/v<version>/errors.go and client.go (Apache License 2.0, Copyright Tencent); see NOTICE.

What it keeps: every action with its input and output structure, the product errors it documents (file order), the
first (canonical) example request as a parameter tree (flattened query keys such as "InputSettings.0.AppName" are
unflattened; numeric segments become list indexes; a carriage return ending a query value is dropped; an unreadable example becomes {} with the encoding "unknown") and
that example's response payload without RequestId ({} when there is none), made to fit its structure (see conform);
every structure with its members (name,
kind, type and the flags that are true, example, allowedValues). Prose, "status" and the objects' "usage" are dropped.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference", "api3")
OUT = os.path.join(ROOT, "core", "src", "main", "resources", "io", "github", "tctestkit", "core", "services")
DOC = os.path.join(ROOT, "docs", "services.md")

ATTRIBUTION = ("Derived from Tencent's tencentcloud-cli-intl-en api.json and examples.json and the intl Go SDK"
               " errors.go and client.go, Apache License 2.0, Copyright Tencent. See NOTICE.")

# Placeholder strings of the published responses, replaced by the member's documented example where there is one.
PLACEHOLDERS = {"xx", "xxx", "xxxx"}


def load(directory, name):
    with open(os.path.join(REF, directory, name), encoding="utf-8") as f:
        return json.load(f)


def unflatten(params):
    """{"A.0.B": "x", "C.0": "y"} -> {"A": [{"B": "x"}], "C": ["y"]}; numeric segments are list indexes."""
    root = {}
    for key, value in (params or {}).items():
        parts = key.split(".")
        node = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt = None if last else ([] if parts[i + 1].isdigit() else {})
            if isinstance(node, list):
                idx = int(part)
                while len(node) <= idx:
                    node.append(None)
                if last:
                    node[idx] = value
                else:
                    if node[idx] is None:
                        node[idx] = nxt
                    node = node[idx]
            else:
                if last:
                    node[part] = value
                else:
                    node = node.setdefault(part, nxt)
    return root


def repair_body_text(text):
    """Some published bodies have a trailing comma before a closing brace; None when the text still does not parse."""
    try:
        value = json.loads(re.sub(r",\s*}", "}", text))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def list_example(text):
    """A list member's example as JSON text of an array, repaired where the docs forgot a quote, else None."""
    for candidate in (text, text.replace("]", '"]') if text.count('"') % 2 else text):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, list):
            return json.dumps(value, ensure_ascii=False)
    return None  # for example StreamLive's DrmSettingsInfo.Keys, documented as "0"


def member(m):
    out = {"name": m["name"], "kind": m["kind"], "type": m["type"]}
    for flag in ("required", "alwaysReturned", "nullable", "disabled"):
        if m.get(flag):
            out[flag] = True
    example = m.get("example")
    if example is not None and m["kind"] == "list":
        example = list_example(example)
    if example is not None:
        out["example"] = example
    if m.get("allowedValues"):
        out["allowedValues"] = m["allowedValues"]
    return out


def clean_payload(value, structure, objects):
    """Replaces placeholder strings by the member's example, recursively, following the schema where it can."""
    if isinstance(value, dict):
        members = {m["name"]: m for m in objects.get(structure, {}).get("members", [])}
        result = {}
        for k, v in value.items():
            m = members.get(k)
            if m and isinstance(v, str) and v in PLACEHOLDERS and m.get("example") and m["example"] not in PLACEHOLDERS:
                v = m["example"]
            elif m and isinstance(v, list) and any(x in PLACEHOLDERS for x in v if isinstance(x, str)):
                example = json.loads(list_example(m["example"]) or "[]") if m.get("example") else []
                if example:
                    v = example
            result[k] = clean_payload(v, m["type"] if m else None, objects)
        return result
    if isinstance(value, list):
        return [clean_payload(v, structure, objects) for v in value]
    return value


TEXT_TYPES = {"string", "datetime", "datetime_iso", "date"}
INT_RANGES = {"int64": (-(1 << 63), (1 << 63) - 1), "uint64": (0, (1 << 64) - 1)}
DROP = object()
REPAIRS = {}


def repaired(what):
    REPAIRS[what] = REPAIRS.get(what, 0) + 1


def scalar(value, type_):
    """A published scalar as a value of the primitive type (text to number or bool and back), or DROP."""
    if isinstance(value, (dict, list)) or value is None:
        return DROP
    if type_ in TEXT_TYPES:
        if isinstance(value, str):
            return value
        return ("true" if value else "false") if isinstance(value, bool) else json.dumps(value)
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        return {"true": True, "false": False, "1": True, "0": False}.get(text, DROP)
    if isinstance(value, bool):
        return DROP
    if type_ == "float":
        if isinstance(value, (int, float)):
            return value
        try:
            return float(value.strip())
        except ValueError:
            return DROP
    low, high = INT_RANGES[type_]
    if isinstance(value, float):
        value = int(value) if value.is_integer() else DROP
    elif isinstance(value, str):
        text = value.strip()
        value = int(text) if re.fullmatch(r"-?[0-9]+", text) else DROP
    return value if value is not DROP and low <= value <= high else DROP


def converted_scalar(value, type_):
    result = scalar(value, type_)
    if result is not DROP and (result != value or type(result) is not type(value)):
        repaired("scalar converted to its type")
    return result


def conform(value, structure, objects, top=True):
    """The published response payload made to fit its structure, as Payloads.check wants it: a scalar of the wrong type
    is converted where that is unambiguous (the text "50" for an integer, the number 3306 for a string, "True" for a
    bool); a member the structure does not have, null where the member is not nullable and a value that cannot be
    converted are left out (the default answer then fills in the always-returned ones)."""
    members = {m["name"]: m for m in objects[structure]["members"]}
    result = {}
    for k, v in value.items():
        m = members.get(k)
        if m is None:
            if not (top and k == "RequestId"):
                repaired("unknown member dropped")
            continue
        if v is None:
            if m.get("nullable"):
                result[k] = None
            else:
                repaired("null of a member that is not nullable dropped")
            continue
        converted = member_value(v, m, objects)
        if converted is DROP:
            repaired("value of the wrong shape dropped")
            continue
        result[k] = converted
    return result


def member_value(v, m, objects):
    structured = m["type"] in objects
    if m["kind"] == "list":
        if not isinstance(v, list):
            return DROP
        items = []
        for item in v:
            converted = (conform(item, m["type"], objects, False) if isinstance(item, dict) else DROP) \
                if structured else converted_scalar(item, m["type"])
            if converted is DROP:
                repaired("list item of the wrong shape dropped")
            else:
                items.append(converted)
        return items
    if structured:
        return conform(v, m["type"], objects, False) if isinstance(v, dict) else DROP
    return converted_scalar(v, m["type"])


def example_request(req):
    """(encoding, parameter tree) of a published example request."""
    encoding = req.get("encoding")
    if encoding == "query":
        # 1,218 published query values (of 369 examples) end with the carriage return of the docs' CRLF lines.
        params = {k: v.rstrip("\r") if isinstance(v, str) else v for k, v in (req.get("params") or {}).items()}
        try:
            return "query", unflatten(params)
        except (ValueError, TypeError, AttributeError):
            return "unknown", {}  # yunjing's login white list examples mix "Rules.0.CityId" and "Rules.SrcIp"
    if encoding == "json":
        if "bodyText" in req:
            body = repair_body_text(req["bodyText"])
            return ("json", body) if body is not None else ("unknown", {})
        body = req.get("body")
        return ("json", body) if isinstance(body, dict) else ("unknown", {})
    return "unknown", {}


def derive(directory):
    schema = load(directory, "schema.json")
    examples = load(directory, "examples.json")
    errors = load(directory, "errors.json")
    action_errors = errors.get("actions", {})
    objects = schema["objects"]
    actions = {}
    for name in sorted(schema["actions"]):
        a = schema["actions"][name]
        published = (examples.get(name) or [{}])[0]
        encoding, request = example_request(published.get("request") or {})
        response = dict(((published.get("response") or {}).get("Response")) or {})
        response.pop("RequestId", None)
        actions[name] = {
            "input": a["input"],
            "output": a["output"],
            "errors": action_errors.get(name, []),
            "exampleRequestEncoding": encoding,
            "exampleRequest": request,
            "exampleResponse": conform(clean_payload(response, a["output"], objects), a["output"], objects),
        }
    if schema["service"] == "mdl":
        # The published DescribeWatermarkDetections answer lists no task; list the one DescribeWatermarkDetection shows.
        detections = actions["DescribeWatermarkDetections"]["exampleResponse"]
        if not detections.get("TaskInfos"):
            detections["TaskInfos"] = [actions["DescribeWatermarkDetection"]["exampleResponse"]["TaskInfo"]]
            detections["TotalCount"] = 1
    return {
        "format": 1,
        "service": schema["service"],
        "version": schema["version"],
        "attribution": ATTRIBUTION,
        "codes": sorted(errors.get("codes", [])),
        "actions": actions,
        "objects": {n: [member(m) for m in o["members"]] for n, o in sorted(objects.items())},
    }


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_contract(contract, path):
    """Minified JSON with one line per top-level key, per action and per object."""
    lines = ["{"]
    for key in ("format", "service", "version", "attribution", "codes"):
        lines.append(dumps(key) + ":" + dumps(contract[key]) + ",")
    for key in ("actions", "objects"):
        items = list(contract[key].items())
        lines.append(dumps(key) + ":{")
        lines.extend(dumps(n) + ":" + dumps(v) + ("," if i < len(items) - 1 else "") for i, (n, v) in enumerate(items))
        lines.append("}" + ("," if key == "actions" else ""))
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_index(contracts):
    rows = [dumps({"service": c["service"], "version": c["version"], "actions": list(c["actions"])})
            for c in contracts]
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as f:
        f.write('{"format":1,"attribution":' + dumps(ATTRIBUTION) + ',"services":[\n' + ",\n".join(rows) + "\n]}\n")


def write_doc(contracts):
    lines = [
        "# Built-in service contracts",
        "",
        "Generated by `core/src/build/derive-services.py` from the Tencent Cloud API 3.0 reference files (Tencent's",
        "tencentcloud-cli-intl-en release 3.1.160.1 `api.json` and `examples.json`, tencentcloud-sdk-go-intl-en v3.0.1474",
        "`errors.go` and `client.go`; Apache License 2.0, Copyright Tencent; see NOTICE). Do not edit by hand.",
        "",
        "Each row is one resource `core/src/main/resources/io/github/tctestkit/core/services/<service>-<version>.json`,",
        "loaded with `ServiceContract.loadBuiltIn(service, version)`.",
        "",
        "| service | version | actions | error codes |",
        "|---|---|---:|---:|",
    ]
    for c in contracts:
        lines.append("| %s | %s | %d | %d |" % (c["service"], c["version"], len(c["actions"]), len(c["codes"])))
    services = len({c["service"] for c in contracts})
    lines += [
        "",
        "Total: %d service versions of %d services, %d actions, %d error codes." % (
            len(contracts), services, sum(len(c["actions"]) for c in contracts),
            sum(len(c["codes"]) for c in contracts)),
    ]
    with open(DOC, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    directories = sorted(d for d in os.listdir(REF) if os.path.isfile(os.path.join(REF, d, "schema.json")))
    contracts = sorted((derive(d) for d in directories), key=lambda c: (c["service"], c["version"]))
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".json"):
            os.remove(os.path.join(OUT, name))
    size = 0
    for c in contracts:
        path = os.path.join(OUT, c["service"] + "-" + c["version"] + ".json")
        write_contract(c, path)
        size += os.path.getsize(path)
    write_index(contracts)
    write_doc(contracts)
    index_size = os.path.getsize(os.path.join(OUT, "index.json"))
    print("example responses repaired:", ", ".join("%s %d" % kv for kv in sorted(REPAIRS.items())))
    print("wrote", len(contracts), "contracts (%d bytes) and index.json (%d bytes) to %s" % (size, index_size, OUT))


if __name__ == "__main__":
    main()
