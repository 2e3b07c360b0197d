#!/usr/bin/env python3
"""API tests of `saraptama serve`: every endpoint of /api/v1/, bad input included; every JSON
response is validated against the schema the OpenAPI document gives for its path, method and
status, and the check report also against the report's own JSON Schema.

Usage: api_test.py BASE_URL REPOSITORY_ROOT DOCX_PATH   (run by ServiceTests; exit 1 on failure)
Prints 'recorded N': the examinations this script recorded, for the registry to be compared with.
"""
import http.cookiejar
import json
import os
import sys
import urllib.error
import urllib.request
import uuid

import jsonschema

BASE, ROOT, DOCX = sys.argv[1], sys.argv[2], sys.argv[3]
CASES = os.path.join(ROOT, "Cases")
failures = []
recorded = 0


def multipart(fields, files):
    boundary = "----saraptama" + uuid.uuid4().hex
    body = b""
    for name, value in fields:
        body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
    for name, filename, content in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, "multipart/form-data; boundary=" + boundary


class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = None

    def call(self, method, path, fields=(), files=(), form=None, headers=None):
        headers = dict(headers or {})
        data = None
        if files or (fields and form is None):
            data, headers["Content-Type"] = multipart(fields, files)
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(BASE + "/api/v1" + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=300) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


openapi_client = Client()
status, _, body = openapi_client.call("GET", "/openapi.json")
assert status == 200, status
OPENAPI = json.loads(body)
assert OPENAPI["openapi"].startswith("3.1"), OPENAPI["openapi"]
with open(os.path.join(ROOT, "Sources/Saraptama/Reports/Schemas/saraptama-report.schema.json")) as f:
    REPORT_SCHEMA = json.load(f)


def schema_for(template, method, status):
    responses = OPENAPI["paths"][template][method.lower()]["responses"]
    response = responses.get(str(status))
    if response is None:
        return None
    if "$ref" in response:
        response = OPENAPI["components"]["responses"][response["$ref"].split("/")[-1]]
    return response["content"]["application/json"]["schema"]


def expect(name, client, method, path, template, status, **kwargs):
    """Calls the endpoint, checks the status, validates the body; returns the parsed body."""
    got, headers, body = client.call(method, path, **kwargs)
    if got != status:
        failures.append(f"{name}: {method} {path} answered {got}, expected {status}: {body[:300]!r}")
        return None
    schema = schema_for(template, method, status)
    if schema is None:
        failures.append(f"{name}: the OpenAPI document has no response {status} for {method} {template}")
        return None
    if not headers.get("Content-Type", "").startswith("application/json"):
        failures.append(f"{name}: Content-Type {headers.get('Content-Type')}")
        return None
    document = json.loads(body)
    root = dict(schema)
    root["components"] = OPENAPI["components"]
    errors = list(jsonschema.Draft202012Validator(root).iter_errors(document))
    if errors:
        failures.append(f"{name}: the response does not match the OpenAPI schema: {errors[0].message} at {list(errors[0].absolute_path)}")
    print(f"ok {name}: {method} {path} -> {got}")
    return document


def case(name, file="document.yaml"):
    with open(os.path.join(CASES, name, file), "rb") as f:
        return f.read()


anonymous = Client()
# Checking: open, nothing stored.
report = expect("check a YAML TA", anonymous, "POST", "/check", "/check", 200,
                fields=[("lang", "en")], files=[("file", "document.yaml", case("ta-mz-telemedicine"))])
if report:
    errors = list(jsonschema.Draft7Validator(REPORT_SCHEMA).iter_errors(report))
    if errors:
        failures.append(f"check: the report does not match saraptama-report.schema.json: {errors[0].message}")
    if report["documents"][0]["verdict"] not in ("negative", "positive", "inconclusive") or not report["documents"][0]["questions"]:
        failures.append("check: no verdict or no questions in the report")
    if report["language"] != "en":
        failures.append("check: lang=en was not honoured")
with open(DOCX, "rb") as f:
    docx = f.read()
report = expect("check a DOCX", anonymous, "POST", "/check", "/check", 200, fields=[("lang", "kk")], files=[("file", "ТЗ телемедицина.docx", docx)])
if report and report["documents"][0]["kind"] != "technical_assignment":
    failures.append(f"check DOCX: not read as a TA: {report['documents'][0]['problems']}")
dossier = [("file", f"{kind}.yaml", case(name)) for kind, name in
           [("ip", "ip-mz-lab-register"), ("fej", "fej-mz-lab-register"), ("ta", "ta-mz-lab-register")]]
report = expect("check a dossier of three files", anonymous, "POST", "/check", "/check", 200, files=dossier)
if report and len(report["documents"]) != 3:
    failures.append(f"check dossier: {len(report['documents'])} documents reported, expected 3")
report = expect("check a broken DOCX", anonymous, "POST", "/check", "/check", 200, files=[("file", "broken.docx", b"PK\x03\x04 not really a zip")])
if report and (report["documents"][0]["verdict"] != "inconclusive" or not report["documents"][0]["problems"]):
    failures.append("broken DOCX: expected an inconclusive document with its problem")
expect("check an oversized upload", anonymous, "POST", "/check", "/check", 413, files=[("file", "big.yaml", b"a: 1\n" * 600_000)])
expect("check a file of the wrong type", anonymous, "POST", "/check", "/check", 415, files=[("file", "tool.exe", b"MZ\x90\x00")])
expect("check without a file", anonymous, "POST", "/check", "/check", 400, fields=[("lang", "ru")])
expect("check with too many files", anonymous, "POST", "/check", "/check", 413,
       files=[("file", f"d{i}.yaml", b"a: 1\n") for i in range(9)])
got, _, _ = anonymous.call("GET", "/no-such-endpoint")
if got != 404:
    failures.append(f"unknown endpoint answered {got}")

# The registry: sessions, CSRF, roles.
expect("an expert's action without a session", anonymous, "GET", "/examinations", "/examinations", 401)
expect("recording without a session", anonymous, "POST", "/examinations", "/examinations", 401, files=[("file", "d.yaml", case("ta-mz-telemedicine"))])
expect("statistics without a session", anonymous, "GET", "/statistics", "/statistics", 401)
expect("wrong password", Client(), "POST", "/session", "/session", 401, form={"name": "erlan", "password": "wrong-password"})
expect("unknown account", Client(), "POST", "/session", "/session", 401, form={"name": "nobody", "password": "expert-password-1"})

expert = Client()
session = expect("sign in as an expert", expert, "POST", "/session", "/session", 200, form={"name": "erlan", "password": "expert-password-1"})
expert.csrf = session and session["csrf_token"]
expect("recording without the CSRF token", expert, "POST", "/examinations", "/examinations", 403, files=[("file", "d.yaml", case("ta-mz-telemedicine"))])
expect("recording with a wrong CSRF token", expert, "POST", "/examinations", "/examinations", 403,
       files=[("file", "d.yaml", case("ta-mz-telemedicine"))], headers={"X-CSRF-Token": "0" * 64})
first = expect("record round 1", expert, "POST", "/examinations", "/examinations", 201,
               fields=[("incoming_number", "ВХ-2025-0141"), ("received", "2025-04-01")],
               files=[("file", "telemedicine.yaml", case("ta-mz-telemedicine"))], headers={"X-CSRF-Token": expert.csrf or ""})
recorded += len(first["examinations"]) if first else 0
second = expect("record round 2", expert, "POST", "/examinations", "/examinations", 201,
                fields=[("incoming_number", "ВХ-2025-0199"), ("received", "2025-05-02")],
                files=[("file", "telemedicine-resubmitted.yaml", case("ta-mz-telemedicine-resubmitted"))], headers={"X-CSRF-Token": expert.csrf or ""})
recorded += len(second["examinations"]) if second else 0
expect("record an inconclusive or unloadable document", expert, "POST", "/examinations", "/examinations", 422,
       files=[("file", "broken.docx", b"PK\x03\x04 broken")], headers={"X-CSRF-Token": expert.csrf or ""})
expect("record with a bad date", expert, "POST", "/examinations", "/examinations", 400,
       fields=[("received", "01.04.2025")], files=[("file", "d.yaml", case("ta-mz-telemedicine"))], headers={"X-CSRF-Token": expert.csrf or ""})
if second:
    second_id = second["examinations"][0]["id"]
    if second["examinations"][0]["round"] != 2:
        failures.append(f"round 2 recorded as round {second['examinations'][0]['round']}")
    detail = expect("one examination with its rounds", expert, "GET", f"/examinations/{second_id}", "/examinations/{id}", 200)
    if detail:
        rounds = detail["rounds"]
        if [r["round"] for r in rounds] != [1, 2]:
            failures.append(f"rounds side by side: {[r['round'] for r in rounds]}")
        elif not (rounds[1]["resolved"] or rounds[1]["open"] or rounds[1]["new"]):
            failures.append("round 2 compares nothing with round 1")
    expect("approval by an expert is refused", expert, "POST", f"/examinations/{second_id}/approve", "/examinations/{id}/approve", 403,
           headers={"X-CSRF-Token": expert.csrf or ""})
expect("a missing examination", expert, "GET", "/examinations/999999", "/examinations/{id}", 404)
listing = expect("the registry filtered", expert, "GET", "/examinations?kind=technical_assignment&body=mz", "/examinations", 200)
if listing is not None and len(listing["examinations"]) != recorded:
    failures.append(f"filtered registry lists {len(listing['examinations'])}, expected {recorded}")
listing = expect("the registry filtered to nothing", expert, "GET", "/examinations?year=1999", "/examinations", 200)
if listing is not None and listing["examinations"]:
    failures.append("year=1999 should match nothing")
stats = expect("statistics", expert, "GET", "/statistics?kind=technical_assignment", "/statistics", 200)
if stats is not None and stats["examinations"] != recorded:
    failures.append(f"statistics count {stats['examinations']} examinations, expected {recorded}")

head = Client()
session = expect("sign in as a head", head, "POST", "/session", "/session", 200, form={"name": "hana", "password": "head-password-1"})
head.csrf = session and session["csrf_token"]
if second:
    expect("approval by the head", head, "POST", f"/examinations/{second_id}/approve", "/examinations/{id}/approve", 200, headers={"X-CSRF-Token": head.csrf or ""})
    listing = expect("approved examinations", head, "GET", "/examinations?status=approved", "/examinations", 200)
    if listing is not None and [e["id"] for e in listing["examinations"]] != [second_id]:
        failures.append(f"status=approved lists {listing['examinations']}")

viewer = Client()
session = expect("sign in as a viewer", viewer, "POST", "/session", "/session", 200, form={"name": "vera", "password": "viewer-password-1"})
viewer.csrf = session and session["csrf_token"]
expect("a viewer cannot record", viewer, "POST", "/examinations", "/examinations", 403,
       files=[("file", "d.yaml", case("ta-mz-telemedicine"))], headers={"X-CSRF-Token": viewer.csrf or ""})
expect("a viewer reads the registry", viewer, "GET", "/examinations", "/examinations", 200)

expect("sign out without the CSRF token", expert, "DELETE", "/session", "/session", 403)
expect("sign out", expert, "DELETE", "/session", "/session", 200, headers={"X-CSRF-Token": expert.csrf or ""})
expect("after signing out", expert, "GET", "/examinations", "/examinations", 401)

# The page: every document value is escaped (a title with markup shows as text).
import re
page = Client()
with page.opener.open(BASE + "/", timeout=60) as response:
    token = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', response.read()).group(1).decode()
hostile = re.sub(rb'(?m)^title:.*$', 'title: "<script>alert(1)</script> ТЗ"'.encode(), case("ta-mz-telemedicine"), count=1)
data, content_type = multipart([("csrf_token", token), ("lang", "ru")], [("file", "<img src=x onerror=alert(1)>.yaml", hostile)])
with page.opener.open(urllib.request.Request(BASE + "/check", data=data, method="POST", headers={"Content-Type": content_type}), timeout=300) as response:
    html = response.read().decode()
    if "<script>alert(1)" in html or "<img src=x" in html:
        failures.append("the result page does not escape document values")
    if "&lt;script&gt;alert(1)&lt;/script&gt;" not in html:
        failures.append("the result page does not show the escaped title")
    csp = response.headers.get("Content-Security-Policy", "")
    if "default-src 'none'" not in csp:
        failures.append(f"no strict Content-Security-Policy: {csp!r}")
print("ok the result page escapes document values")

print(f"recorded {recorded}")
for failure in failures:
    print("FAIL " + failure)
sys.exit(1 if failures else 0)
